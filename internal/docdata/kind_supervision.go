package docdata

import (
	"fmt"
	"io"

	"gongwen/internal/cn"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/xlsx"
)

// Supervision is the 督办通知: one per lead unit with tasks overdue or due
// within three working days, each sent with its 督办事项回复表. The
// meetings' decisions owned by a unit count as its tasks
// (meetings.WithUnitDecisions), so an open decision past its due date is
// supervised like a task; decisions owned by an office group stay with
// the office's weekly meeting. only restricts to unit ids.
var Supervision = register(&Kind{
	Name: "supervision", Label: "督办通知", Data: model.Supervision, Template: "duban.docx",
	Desc: "督办通知：按牵头单位列出逾期和临期任务、原定时限、逾期工作日和回复期限",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		c := e.Campaign
		s, err := supervise(e)
		if err != nil {
			return nil, err
		}
		want := wanted(only)
		var out []Doc
		for _, l := range s.Letters {
			if !want(l.Owner) {
				continue
			}
			v, err := ForSupervision(c, s, l, e.Options)
			if err != nil {
				return nil, err
			}
			r := replyFor(c, s, l)
			out = append(out, Doc{Title: titled(v.Title, k.Label), View: v, Sheets: []Sheet{{Kind: "督办事项回复表", Title: r.Title,
				Write: func(w io.Writer) error { return xlsx.BuildSupervisionReply(c, r, w) }}}})
		}
		if len(out) > 0 && len(only) == 0 {
			out[0].BuildNotes = append(out[0].BuildNotes, unownedNotes(s)...)
		}
		return out, nil
	},
	// A 督办通知 written in the data is a notice in the 督办 template,
	// without the table of tasks the data's deadlines would give.
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v, err := forNotice(model.Supervision, e.Campaign, d, e.Date, e.Options)
		if err != nil {
			return Doc{}, err
		}
		return Doc{Title: titled(v.Title, k.Label), View: &SupervisionView{NoticeView: *v.notice()}}, nil
	},
}, 160, (*SupervisionView)(nil))

// SupervisionView is what a 督办通知's template receives: a notice with the
// table of the tasks under supervision and the facts the template's
// sentences are made of. A 督办通知 written in the data has its own body
// (.Body) and no tasks.
type SupervisionView struct {
	NoticeView
	Items []SupervisionRow // 督办的任务，每项一行（数据中写好的督办通知没有）
	SupervisionFacts
}

// ForSupervision builds the 督办通知 to one unit: the office's red head, a
// title naming the unit, the unit as 主送, an opening that counts its
// tasks, the table of tasks (original deadline, delay in working days,
// status), the reply deadline and the contact, signed by the office on the
// supervision date.
func ForSupervision(c *model.Campaign, s meetings.Supervision, l meetings.Letter, opts Options) (*SupervisionView, error) {
	m, err := forSupervision(c, s, l, opts)
	if err != nil {
		return nil, err
	}
	return &SupervisionView{NoticeView: *m.notice(), Items: m.Items, SupervisionFacts: m.SupervisionFacts}, nil
}

func supervise(e *Env) (meetings.Supervision, error) {
	return meetings.SuperviseWork(e.Campaign, e.calendar(), meetings.SuperviseOptions{Date: e.Date})
}

// unownedNotes are the build's warnings for the overdue tasks nobody can
// be sent a 督办通知 for: no 牵头单位, no 责任单位.
func unownedNotes(s meetings.Supervision) []string {
	var out []string
	seen := map[*model.Task]bool{}
	for _, it := range s.Unowned {
		if seen[it.Task] {
			continue
		}
		seen[it.Task] = true
		state := "已逾期"
		switch {
		case it.Report != nil && it.Late():
			state = "的" + it.Occurrence + "未按时" + it.Report.SendVerb()
		case it.Report != nil:
			state = "的" + it.Occurrence + "即将到期"
		case !it.Late():
			state = "临近完成时限"
		}
		out = append(out, fmt.Sprintf("任务“%s”%s，但没有牵头单位或责任单位，未生成督办通知；请在数据中写明 lead 或 units", taskTitle(it.Task), state))
	}
	return out
}

// unownedTasks counts the tasks of s.Unowned (a recurring one may have
// two items).
func unownedTasks(s meetings.Supervision) int {
	seen := map[*model.Task]bool{}
	for _, it := range s.Unowned {
		seen[it.Task] = true
	}
	return len(seen)
}

// replyFor is the 督办事项回复表 sent with a unit's 督办通知.
func replyFor(c *model.Campaign, s meetings.Supervision, l meetings.Letter) xlsx.SupervisionReply {
	r := xlsx.SupervisionReply{Title: "督办事项回复表（" + l.Name + "）", Unit: l.Name,
		Note: "请于" + Date(s.ReplyBy) + "前填写状态、完成日期和进展情况（完成情况、未完成原因、整改措施和预计完成时间），" + reportTo(c) + "。"}
	if ct := c.Profile.Contact; ct.Name != "" || ct.Phone != "" {
		r.Contact = "联系人：" + ct.Name + "，电话：" + ct.Phone
	}
	for _, it := range l.Items {
		delay := fmt.Sprintf("剩余%d个工作日", it.Left)
		switch {
		case it.Late():
			delay = fmt.Sprintf("逾期%d个工作日", it.Overdue)
		case it.Left == 0:
			delay = "已到期"
		}
		id, task := it.Task.ID, taskTitle(it.Task)
		if it.Report != nil {
			// A report, keyed apart from the task's own deadline.
			id, task = xlsx.ReportOccurrenceID(id, it.Due), task+cn.Paren("报送"+it.Occurrence)
		} else if it.Occurrence != "" {
			// The reply reports this occurrence, not the whole task: the
			// task stays open for the next one.
			id = xlsx.OccurrenceID(id, it.Due)
		}
		r.Tasks = append(r.Tasks, xlsx.ReplyTask{ID: id, Task: task, Due: Date(it.Due), Delay: delay, Status: it.Status})
	}
	return r
}

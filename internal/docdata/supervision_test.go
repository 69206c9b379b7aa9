package docdata

import (
	"bytes"
	"fmt"
	"path/filepath"

	"gongwen/internal/load"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/docx/docxtest"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/period"
	"gongwen/templates"
)

// TestSupervisionSummaryTotals: the 合计 row counts tasks as the summary's
// text does; a task led by several units is in each unit's row, and the
// total says how the rows add up.
func TestSupervisionSummaryTotals(t *testing.T) {
	c := campaign(t)
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	v := ForSupervisionSummary(c, s, Options{})
	tot := v.Total[0]
	if tot.Overdue != itoa(s.Overdue) || tot.AtRisk != itoa(s.AtRisk) {
		t.Errorf("合计 %s/%s, want the task counts %d/%d", tot.Overdue, tot.AtRisk, s.Overdue, s.AtRisk)
	}
	rows := 0
	for _, u := range v.Units {
		rows += atoi(t, u.Overdue) + atoi(t, u.AtRisk)
	}
	if rows != s.Tasks && !strings.Contains(tot.Titles, "项次") {
		t.Errorf("unit rows add up to %d, tasks %d, and the total does not explain it: %q", rows, s.Tasks, tot.Titles)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a count: %q", s)
	}
	return n
}

// TestSupervisionLetterWording: a letter says 牵头 only to a unit that
// leads every task in it, 承担 to a unit that is only a 责任单位, and a
// programme's letter has none of a campaign's words.
func TestSupervisionLetterWording(t *testing.T) {
	tests := []struct {
		name, data string
		date       time.Time
		owner      string
		want       []string
		not        []string
	}{
		{name: "campaign, lead unit", data: filepath.Join("..", "..", "data", "xuechuang.yaml"),
			date: time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC), owner: "",
			want: []string{"你单位牵头的工作任务中", "活动推进计划"}},
		{name: "programme, 责任单位 only", data: filepath.Join("..", "..", "data", "examples", "quzhengfu", "renwu.yaml"),
			date: time.Date(2023, 4, 5, 0, 0, 0, 0, time.UTC), owner: "jd",
			want: []string{"你们承担的工作任务中", "工作任务分工和督查督办要求"},
			not:  []string{"你单位", "牵头的", "活动", "领导小组", "督导工作情况分析会"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _, err := load.File(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: tt.date})
			if err != nil {
				t.Fatal(err)
			}
			var found bool
			for _, l := range s.Letters {
				if tt.owner != "" && l.Owner != tt.owner {
					continue
				}
				found = true
				v, err := ForSupervision(c, s, l, Options{})
				if err != nil {
					t.Fatal(err)
				}
				// The wording is the template's: read the letter as built.
				var text strings.Builder
				parts, err := docxtest.Unzip(render(t, Supervision.Template, viewOf(c, v)))
				if err != nil {
					t.Fatal(err)
				}
				body, err := docxtest.Read(parts["word/document.xml"])
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range body.Paras {
					text.WriteString(p)
				}
				for _, w := range tt.want {
					if !strings.Contains(text.String(), w) {
						t.Errorf("letter to %s lacks %q: %s", l.Name, w, text.String())
					}
				}
				for _, w := range tt.not {
					if strings.Contains(text.String(), w) {
						t.Errorf("letter to %s has %q: %s", l.Name, w, text.String())
					}
				}
				break
			}
			if !found {
				t.Fatalf("no letter to %q among %d", tt.owner, len(s.Letters))
			}
		})
	}
}

// TestSupervisionWordingIsTheTemplates: the sentences of a 督办通知 are
// the template's, so a clerk who rewrites one in Word changes the letter;
// the data (tasks, dates, days) still fills it.
func TestSupervisionWordingIsTheTemplates(t *testing.T) {
	c := campaign(t)
	s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(s.Letters) == 0 {
		t.Fatalf("no letters: %v", err)
	}
	v, err := ForSupervision(c, s, s.Letters[0], Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := templates.Read(Supervision.Template)
	if err != nil {
		t.Fatal(err)
	}
	const from, to = "请高度重视，抓紧推进，于", "请于"
	parts, err := docxtest.Unzip(src)
	if err != nil {
		t.Fatal(err)
	}
	doc := parts["word/document.xml"]
	if !bytes.Contains(doc, []byte(from)) {
		t.Fatalf("duban.docx does not say %q", from)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var edited bytes.Buffer
	if err := pkg.Write(&edited, map[string][]byte{"word/document.xml": bytes.Replace(doc, []byte(from), []byte(to), 1)}); err != nil {
		t.Fatal(err)
	}
	parts, err = docxtest.Unzip(renderTemplate(t, Supervision.Template, edited.Bytes(), viewOf(c, v)))
	if err != nil {
		t.Fatal(err)
	}
	body, err := docxtest.Read(parts["word/document.xml"])
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(body.Paras, "\n")
	if strings.Contains(text, from) || !strings.Contains(text, to+v.ReplyBy+"前将办理情况") {
		t.Errorf("the edited sentence is not the letter's:\n%s", text)
	}
	if !strings.Contains(text, fmt.Sprintf("截至%s，你单位%s的工作任务中", v.AsOf, v.Role)) {
		t.Errorf("the opening lost its facts:\n%s", text)
	}
}

// TestSupervisionCollectiveAddressee: a 督办 to a class of units (各街道)
// calls them 你们, as one writes to a collective, not 你单位.
func TestSupervisionCollectiveAddressee(t *testing.T) {
	c := campaign(t)
	s, err := meetings.Supervise(c, nil, meetings.SuperviseOptions{Date: time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(s.Letters) == 0 {
		t.Fatalf("no letters: %v", err)
	}
	for _, tt := range []struct{ name, want, not string }{
		{"各街道", "，你们", "你单位"},
		{s.Letters[0].Name, "，你单位", "你们"},
	} {
		l := s.Letters[0]
		l.Name = tt.name
		v, err := ForSupervision(c, s, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		src, err := templates.Read(Supervision.Template)
		if err != nil {
			t.Fatal(err)
		}
		parts, err := docxtest.Unzip(renderTemplate(t, Supervision.Template, src, viewOf(c, v)))
		if err != nil {
			t.Fatal(err)
		}
		body, err := docxtest.Read(parts["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(body.Paras, "\n")
		if !strings.Contains(text, tt.name+"：") || !strings.Contains(text, tt.want+v.Role+"的工作任务中") || strings.Contains(text, tt.not) {
			t.Errorf("%s: want %q, not %q:\n%s", tt.name, tt.want, tt.not, text)
		}
	}
}

// An overdue task with neither 牵头单位 nor 责任单位 gets no 督办通知
// (it would be addressed 「未明确牵头单位：」 and say 「你单位…」): the build
// warns naming the task, and the 督办情况汇总 lists it under 未明确责任单位.
// (QA issue 12, finding 9a.)
func TestSupervisionTaskWithoutUnits(t *testing.T) {
	c := &model.Campaign{Year: 2023, Name: "测试", Organiser: "区人民政府办公室",
		Units: []model.Unit{{ID: "fgj", Name: "区发展和改革局"}},
		Tasks: []model.Task{
			{ID: "a", Title: "工业投资增长12%以上", Period: mustPeriod(t, "6月底前", 2023)},
			{ID: "b", Title: "地区生产总值增长7%以上", Period: mustPeriod(t, "6月底前", 2023), Units: []string{"fgj"}},
		}}
	e := &Env{Campaign: c, Date: time.Date(2023, 7, 5, 0, 0, 0, 0, time.UTC)}
	docs, err := Supervision.Plan(e, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || !strings.Contains(docs[0].Title, "区发展和改革局") {
		t.Fatalf("督办通知 %d, want only 区发展和改革局's", len(docs))
	}
	want := "任务“工业投资增长12%以上”已逾期，但没有牵头单位或责任单位，未生成督办通知"
	if n := strings.Join(docs[0].BuildNotes, "\n"); !strings.Contains(n, want) || len(docs[0].Notes) > 0 {
		t.Errorf("notes %q, want %q", n, want)
	}
	sums, err := SupervisionSummary.Plan(e, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := sums[0].View.(*SupervisionSummaryView)
	var rows []string
	for _, u := range v.Units {
		rows = append(rows, u.Unit+":"+u.Overdue+":"+u.Titles)
	}
	if got := strings.Join(rows, " | "); !strings.Contains(got, "未明确责任单位:1:工业投资增长12%以上（未发督办通知）") || !strings.Contains(got, "区发展和改革局:1") {
		t.Errorf("汇总 rows %s", got)
	}
	if n := strings.Join(sums[0].BuildNotes, "\n"); !strings.Contains(n, want) {
		t.Errorf("汇总 notes %q, want %q", n, want)
	}
}

func mustPeriod(t *testing.T, text string, year int) period.Period {
	t.Helper()
	p, err := period.Parse(text, year)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSupervisionSummaryTitles: the 督办情况汇总 names a task whole (QA
// found 「落实助企纾困政策，规上工业企业…」 with only 新增15家 cut); a task
// written as a long text is cut at a clause, and the text says where the
// whole is.
func TestSupervisionSummaryTitles(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		cut      bool
	}{
		{"落实助企纾困政策，规上工业企业新增15家", "落实助企纾困政策，规上工业企业新增15家", false},
		{"各牵头单位6月10日前报送专项活动上半年进展情况", "各牵头单位6月10日前报送专项活动上半年进展情况", false},
		{"加快推进老旧小区改造，完成改造老旧小区30个，同步实施加装电梯、管网改造和充电设施建设，年底前全部完工",
			"加快推进老旧小区改造，完成改造老旧小区30个……", true},
	} {
		got, cut := clauseClip(tt.in, summaryTitleRunes)
		if got != tt.want || cut != tt.cut {
			t.Errorf("clauseClip(%q) = %q, %v; want %q, %v", tt.in, got, cut, tt.want, tt.cut)
		}
	}
	c, _, err := load.File(filepath.Join("..", "..", "data", "examples", "quzhengfu", "renwu.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := meetings.SuperviseWork(c, nil, meetings.SuperviseOptions{Date: time.Date(2023, 4, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	v := ForSupervisionSummary(c, s, Options{})
	var all string
	for _, u := range v.Units {
		all += u.Titles + "\n"
	}
	if !strings.Contains(all, "落实助企纾困政策，规上工业企业新增15家") || strings.Contains(all, "…") {
		t.Errorf("task names in the summary:\n%s", all)
	}
	for _, b := range v.Body {
		if strings.Contains(fmt.Sprint(b), "前半句") {
			t.Errorf("says names were shortened when none was: %v", b)
		}
	}
	// A long task text: cut at a clause, and the body says where the rest is.
	long := "加快推进老旧小区改造，完成改造老旧小区30个，同步实施加装电梯、管网改造和充电设施建设，年底前全部完工"
	s.Letters[0].Items[0].Task.Title = long
	v = ForSupervisionSummary(c, s, Options{})
	if !strings.HasPrefix(v.Units[0].Titles, "加快推进老旧小区改造，完成改造老旧小区30个……") {
		t.Errorf("long name shown as %q", v.Units[0].Titles)
	}
	if !strings.Contains(fmt.Sprint(v.Body), "全文见发给各单位的督办通知") {
		t.Errorf("the summary does not say where the whole name is: %v", v.Body)
	}
}

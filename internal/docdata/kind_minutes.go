package docdata

import (
	"fmt"
	"time"

	"gongwen/internal/model"
)

// Minutes is the 会议纪要: the data's minutes of meetings held by the
// build date, and minutes for every such meeting that has decisions and
// no 纪要 in the data.
var Minutes = register(&Kind{
	Name: "minutes", Label: "会议纪要", Data: model.Minutes, Template: "jiyao.docx",
	Desc: "会议纪要（纪要格式）：红色纪要标志、议定事项一、二、，出席/请假/列席名单，版记",
	plan: planMinutes,
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		docs, err := planMinutes(k, e, []string{d.ID})
		if err != nil {
			return Doc{}, err
		}
		if len(docs) == 0 {
			return Doc{}, fmt.Errorf("文件“%s”（%s）没有对应的会议", d.ID, d.Kind)
		}
		return docs[0], nil
	},
}, 140, (*MinutesView)(nil))

// MinutesView is what the minutes' template receives: the 纪要格式 of
// GB/T 9704 10.2.
type MinutesView struct {
	Common
	MinutesMark string           // 纪要标志，如“省委“学创”活动领导小组办公室纪要”
	MinutesHead string           // 标志下一行：编印机关、制表符、日期
	Title       string           // 标题
	TitleLines  []string         // 标题按词意分成的各行
	Body        []Block          // 开头和议定事项（一、二、……），序号已编好
	Date        string           // 会议日期，如“2013年7月8日”
	Attendance  []AttendanceLine // 出席、请假、列席，有名单的才列出
	Distribute  []string         // 分送（不含“分送：”），零或一个元素
	Imprint                      // 版记
}

// ForMinutes builds a 会议纪要 in the 纪要格式 of GB/T 9704 10.2: the red
// 纪要标志 (the issuing organ's short name and 纪要), the 编印 line with the
// date over a red rule, the title, the opening, the meeting's decisions
// numbered 一、二、 (each with its owner and deadline), then 出席, 请假 and
// 列席 with the names, and the 版记 (分送 and 印发). doc is the minutes as
// the data writes them (its Meeting names the held meeting by id or name),
// or nil to generate them from m alone.
func ForMinutes(c *model.Campaign, doc *model.Document, m *model.Meeting, date time.Time, opts Options) (*MinutesView, error) {
	d, err := forMinutes(c, doc, m, date, opts)
	if err != nil {
		return nil, err
	}
	return &MinutesView{Common: d.Common, MinutesMark: d.MinutesMark, MinutesHead: d.MinutesHead, Title: d.Title,
		TitleLines: d.TitleLines, Body: d.Body, Date: d.Date, Attendance: d.Attendance, Distribute: d.Distribute,
		Imprint: d.Imprint}, nil
}

func planMinutes(k *Kind, e *Env, only []string) ([]Doc, error) {
	c, date := e.Campaign, e.Date
	want := wanted(only)
	var out []Doc
	covered := map[string]bool{}
	for _, d := range docsOf(c, k.Data, nil) {
		covered[d.Meeting] = true
		if !want(d.ID, d.Meeting) {
			continue
		}
		// Minutes exist once the meeting is held: by the build date,
		// unless asked for by id.
		if m := minutesMeeting(c, d); len(only) == 0 && m != nil && m.Date.After(date) {
			continue
		}
		v, err := ForMinutes(c, d, nil, date, e.Options)
		if err != nil {
			return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
		}
		out = append(out, Doc{Title: titled(v.Title, k.Label), View: v})
	}
	for i := range c.Meetings {
		m := &c.Meetings[i]
		if covered[m.ID] || covered[m.Name] || len(m.Decisions) == 0 || m.Date.After(date) || !want(m.ID) {
			continue
		}
		v, err := ForMinutes(c, nil, m, date, e.Options)
		if err != nil {
			return nil, fmt.Errorf("会议 %s：%w", m.ID, err)
		}
		out = append(out, Doc{Title: titled(v.Title, k.Label), View: v})
	}
	return out, nil
}

// minutesMeeting is the held meeting a 纪要 document names by id or name.
func minutesMeeting(c *model.Campaign, d *model.Document) *model.Meeting {
	if m := c.MeetingByID(d.Meeting); m != nil {
		return m
	}
	for i := range c.Meetings {
		if c.Meetings[i].Name == d.Meeting {
			return &c.Meetings[i]
		}
	}
	return nil
}

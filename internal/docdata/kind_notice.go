package docdata

import (
	"time"

	"gongwen/internal/model"
)

// Notice is the 通知 of the data, in the red-header format of GB/T 9704.
var Notice = register(&Kind{
	Name: "notice", Label: "通知", Data: model.Notice, Template: "tongzhi.docx",
	Desc: "红头通知：发文机关标志、发文字号、红色分隔线、标题、主送、正文（一、（一）1.（1））、附件说明、署名、成文日期、附注、附件、版记",
	plan: eachDoc,
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v, err := ForNotice(e.Campaign, d, e.Date, e.Options)
		if err != nil {
			return Doc{}, err
		}
		return Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.hints}, nil
	},
}, 10, (*NoticeView)(nil))

// NoticeView is what a notice's template receives: the 版头, the 主体 and
// the 版记 of GB/T 9704. The 印发通知 receives the same.
type NoticeView struct {
	Common
	Head    // 版头
	Main    // 主体
	Imprint // 版记

	unfilled []string // headings left as （此处填写…） prompts
	hints    []string // what the build says of it (提示), such as a closing page 1 cannot take
}

// Unfilled lists what the notice leaves as （此处填写…） prompts: an
// attachment the data gives no content for, a meeting notice's 会议时间 or
// 会议地点.
func (v *NoticeView) Unfilled() []string { return v.unfilled }

// ForNotice builds the view of the notice doc of the data; date is the
// 成文日期 when the document names none.
func ForNotice(c *model.Campaign, doc *model.Document, date time.Time, opts Options) (*NoticeView, error) {
	v, err := forNotice(model.Notice, c, doc, date, opts)
	if err != nil {
		return nil, err
	}
	return v.notice(), nil
}

func (v *draft) notice() *NoticeView {
	return &NoticeView{Common: v.Common, Head: v.Head, Main: v.Main, Imprint: v.Imprint, unfilled: v.Placeholders, hints: v.Hints}
}

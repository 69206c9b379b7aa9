package docdata

import (
	"time"

	"gongwen/internal/model"
)

// IssueNotice is the 印发通知: "现将《…》印发给你们", the plan or the
// responsibility table it issues following on pages of their own. Its
// template (yinfa.docx) has the 印发 sentence, for data that writes no
// opening, and no 签发人: an 印发通知 goes down to the units it issues to,
// and only upward documents name a 签发人 (GB/T 9704 7.2.5).
var IssueNotice = register(&Kind{
	Name: "issue-notice", Label: "印发通知", Data: model.IssueNotice, Template: "yinfa.docx",
	Desc: "印发通知：“现将《…》印发给你们”，所附方案或责任分工另页排在附件中",
	plan: eachDoc,
	drops: map[string]string{
		"Signers": "印发通知是下行文，按 GB/T 9704 7.2.5 只有上行文标注签发人；需要时在模板的发文字号一行加 {{.Signers}}",
	},
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v, err := ForIssueNotice(e.Campaign, d, e.Date, e.Options)
		if err != nil {
			return Doc{}, err
		}
		return Doc{Title: titled(v.Title, k.Label), View: v, Unfilled: v.unfilled, Notes: v.hints}, nil
	},
}, 20, (*IssueNoticeView)(nil))

// IssueNoticeView is what an 印发通知's template receives: a notice and,
// when the data writes no opening, the titles of what it issues, which the
// template's 印发 sentence names (现将《…》印发给你们，请结合实际认真贯彻落实。).
type IssueNoticeView struct {
	NoticeView
	Issued []string // 数据没有写开头语时所印发文件的名称（不含书名号），供模板的“现将《…》印发给你们”一句；写了开头语时为空
}

// ForIssueNotice builds the view of the 印发通知 doc.
func ForIssueNotice(c *model.Campaign, doc *model.Document, date time.Time, opts Options) (*IssueNoticeView, error) {
	v, err := forNotice(model.IssueNotice, c, doc, date, opts)
	if err != nil {
		return nil, err
	}
	return &IssueNoticeView{NoticeView: *v.notice(), Issued: v.Issued}, nil
}

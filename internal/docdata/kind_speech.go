package docdata

import (
	"time"

	"gongwen/internal/model"
)

// Speech is a 讲话稿 of the data.
var Speech = register(&Kind{
	Name: "speech", Label: "讲话稿", Data: model.Speech, Template: "jianghua.docx",
	Desc: "讲话稿：标题、日期、称谓和分层次的讲话正文",
	plan: eachDoc,
	doc: func(k *Kind, e *Env, d *model.Document) (Doc, error) {
		v := ForSpeech(e.Campaign, d, e.Date, e.Options)
		return Doc{Title: titled(v.Title, k.Label), View: v}, nil
	},
}, 40, (*SpeechView)(nil))

// SpeechView is what a speech's template receives.
type SpeechView struct {
	Common
	Title      string   // 标题，如“XXX同志在动员大会上的讲话”
	TitleLines []string // 标题按词意分成的各行
	Subtitle   string   // 标题下的日期行，如“（2013年2月16日）”
	Salutation string   // 称谓，如“同志们：”
	Body       []Block  // 讲话正文，层次序号已编好
	Date       string   // 讲话日期，如“2013年2月16日”
}

// ForSpeech builds the view of the speech doc: the speaker put before a
// title that starts at 在, the date under the title, the salutation on a
// line of its own.
func ForSpeech(c *model.Campaign, doc *model.Document, date time.Time, opts Options) *SpeechView {
	v := forSpeech(c, doc, date, opts)
	return &SpeechView{Common: v.Common, Title: v.Title, TitleLines: v.TitleLines, Subtitle: v.Subtitle,
		Salutation: v.Salutation, Body: v.Body, Date: v.Date}
}

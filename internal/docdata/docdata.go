// Package docdata builds what a built-in Word template receives: a View of
// one document, computed from the campaign. Everything a template prints is
// ready-made here — heading numbers from the nesting of sections, balanced
// title lines, the padded signature and date lines, the figures of a
// summary — so the templates stay free of logic and can only ask for fields
// that exist (the engine treats a missing key as an error).
//
// Every template takes the same type, *View; a field a document does not
// use is empty. For builds the view of a document of the data by its kind;
// ForPlan, ForDivision, ForBriefing and ForSummary build the generated ones.
// Template names the built-in template of a kind (Builtins lists them all),
// and Restyle gives a template the office's fonts and red before it is
// parsed. Views are plain values: build them once, render them any number
// of times, concurrently.
//
//	kind                     view                          template
//	通知                     For                           tongzhi.docx
//	印发通知                 For                           yinfa.docx
//	工作方案                 ForPlan, or For for a plan    fangan.docx
//	                         written out in the data
//	讲话稿                   For                           jianghua.docx
//	责任分工                 ForDivision, or For           fengong.docx
//	简报                     ForBriefing (one issue)       jianbao.docx
//	总结                     ForSummary (a Span), For      zongjie.docx
//	汇报                     For                           huibao.docx
//
// The meeting documents (会议通知, 会议纪要, 督办通知) have views of their
// own, MeetingView, built by ForMeetingNotice, ForMinutes and
// ForSupervision; For renders them as plain notices.
package docdata

import (
	"fmt"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// View is the data of one document. Templates read only these fields.
type View struct {
	Kind     model.DocumentKind // 文种
	Campaign *model.Campaign
	Fonts    model.Fonts // with defaults filled in
	Red      string      // six hex digits
	Seal     bool        // a seal is put on the date

	// 版头
	CopyNo     string   // 份号
	Secret     string   // 密级和保密期限
	Urgency    string   // 紧急程度
	HeadGap    []int    // blank lines before the mark, so its top sits 35 mm into the type area
	Marks      []string // 发文机关标志, one per organ (joint issue: lead organ first)
	Mark       string   // the single mark line: Marks[0] + MarkSuffix when one organ
	Joint      []string // Marks when more than one organ, else empty
	MarkSuffix string   // "文件", or empty
	// MarkSize is the size of the mark in half-points, one of
	// gbt9704.MarkSizes: the largest at which the mark (with 文件), or the
	// longest of a joint mark's lines, fits on one line.
	MarkSize int
	DocNo    string // 发文字号
	Signers  string // 签发人 names (upward documents), separated by two spaces

	// 主体
	Title      string   // the title in one line
	TitleLines []string // the title broken into balanced lines
	Subtitle   string   // a speech's "（2013年2月16日）" or a plan's dash line
	Recipients string   // 主送机关, ending in "："
	Salutation string   // 讲话稿 "同志们："
	Body       []Block  // the text, headings numbered
	Notes      []AttachmentNote
	SignLines  []string // 署名 lines, padded to their place
	DateLine   string   // 成文日期, padded to its place
	Date       string   // 成文日期 as text: 2013年4月9日
	Remark     string   // 附注 with its parentheses: （此件公开发布）

	Appendices []Appendix // attachments, each on a new page

	// 版记
	CC        []string // at most one: the 抄送机关 "…。" without the label (a list so a table row can repeat 0 or 1 times)
	Printer   string   // 印发机关
	PrintDate string   // "2013年4月9日印发"
	Colophon  []int    // one element when the document has a 版记

	// 简报
	Briefing *BriefingView

	// 总结、汇报
	Stats *Stats
	// Placeholders are the headings of the sections nothing in the data
	// fills: each holds the prompt Placeholder(heading) for the drafter,
	// so the build can warn that the document needs writing there.
	Placeholders []string
	// Omitted names the tasks the document's division leaves out (a
	// campaign's table lists the tasks of its special activities), so the
	// build can say so: nothing is dropped silently.
	Omitted []string

	// 责任分工
	Division []DivisionRow
	// GroupHead heads the division table's first column: 专项活动 in a
	// campaign, 类别 in a programme (which has no special activities).
	GroupHead string
}

// Block is one paragraph of a body. Level 0 is a plain paragraph (Text
// only); levels 1–4 are headings numbered 一、（一）1.（1）. A level-1 or 2
// heading stands alone; a level-3 or 4 heading runs into the first paragraph
// of its section: Number+Heading in the heading's font, Text after it.
type Block struct {
	Level   int
	Number  string // "一、", "（一）", "1.", "（1）"
	Heading string // heading text, with "。" when text follows
	Text    string
	// KeepNext keeps the paragraph on the page of the next one: set on
	// the body's last block when a signature follows, so the signature
	// never stands on a page without body text (GB/T 9704 7.3.5).
	KeepNext bool
}

// AttachmentNote is a line of the 附件说明: Lead is "附件：" on the first line
// and full-width spaces of the same width on the others.
type AttachmentNote struct {
	Lead   string
	Number string // "1." or empty for a single attachment
	Title  string
}

// Appendix is an attachment page: "附件1" top left, the title, then a body
// or the responsibility table.
type Appendix struct {
	Label      string // 附件 or 附件1
	TitleLines []string
	Body       []Block
	Table      []DivisionRow // the responsibility table, when the attachment is one
}

// DivisionRow is a row of the responsibility table (责任分工).
type DivisionRow struct {
	Activity string // 专项活动, merged over its rows
	No       string // 序号 within the whole table
	Task     string // 工作任务
	Lead     string // 牵头单位, joined with 、
	Units    string // 责任单位
	Due      string // 完成时限
}

// BriefingView is an issue of the briefing.
type BriefingView struct {
	Name     string   // masthead text
	Issue    string   // 第3期
	Editor   string   // 编印单位
	Date     string   // 2013年3月29日
	Note     []string // 编者按 paragraphs, the first starting with "编者按："
	Articles []ArticleView
	Footer   []FooterLine // 报、送、发, those that have recipients
	// FooterText is Footer as one text, a line each (the built-in template
	// prints it in one paragraph so the rules stay with it).
	FooterText string
	Copies     string // （共印50份）
}

// FooterLine is a line of a briefing's footer: Label "报：", Text "…。".
type FooterLine struct {
	Label string
	Text  string
}

// ArticleView is one article of a briefing.
type ArticleView struct {
	Title string
	Body  []string
}

// Stats are the figures of a summary or a report over a span of days.
type Stats struct {
	Span        string // 2013年3月, 2013年第一季度, 2013年上半年, 2013年
	Total       int    // tasks due by the end of the span
	Done        int    // of those, finished
	OnTime      int    // finished by their period's last day
	Overdue     int    // not finished and past due at the build date
	Meetings    int    // meetings held in the span
	Briefings   int    // briefing issues published in the span
	DonePercent int    // Done of Total, rounded
}

// Options change how a View is built. The zero value follows GB/T 9704.
type Options struct {
	// Level3 is the mark after the number of a level-3 heading: "." as
	// GB/T 9704 writes (1.), or "、" as many offices do (1、). Empty means
	// "." for every kind except the work plan, which keeps the seed plan's
	// "、" so the regenerated plan reads as the office wrote it.
	Level3 string
	// TitleMax is the most characters on a title line (default 20).
	TitleMax int
}

// Template returns the built-in template file of a kind of document.
func Template(kind model.DocumentKind) (string, error) {
	switch kind {
	case model.Notice, model.MeetingNotice, model.Supervision, model.Minutes:
		return "tongzhi.docx", nil
	case model.IssueNotice:
		return "yinfa.docx", nil
	case model.Plan:
		return "fangan.docx", nil
	case model.Speech:
		return "jianghua.docx", nil
	case model.Division:
		return "fengong.docx", nil
	case model.BriefingDoc:
		return "jianbao.docx", nil
	case model.Summary:
		return "zongjie.docx", nil
	case model.Report:
		return "huibao.docx", nil
	}
	return "", fmt.Errorf("没有文种“%s”的内置模板", kind)
}

// newView fills what every document shares: fonts, red, seal.
func newView(kind model.DocumentKind, c *model.Campaign) *View {
	f := c.Profile.Fonts
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&f.Title, gbt9704.FontTitle)
	def(&f.Body, gbt9704.FontBody)
	def(&f.Kai, gbt9704.FontKai)
	def(&f.Hei, gbt9704.FontHei)
	def(&f.Song, gbt9704.FontSong)
	def(&f.Latin, gbt9704.FontLatin)
	red := c.Profile.Red
	if red == "" {
		red = gbt9704.DefaultRed
	}
	head := "类别"
	if c.Campaigning() {
		head = "专项活动"
	}
	return &View{Kind: kind, Campaign: c, Fonts: f, Red: red, Seal: c.Profile.Seal, GroupHead: head}
}

func (o Options) level3(kind model.DocumentKind) string {
	if o.Level3 != "" {
		return o.Level3
	}
	if kind == model.Plan {
		return "、"
	}
	return "."
}

func (o Options) titleMax() int {
	if o.TitleMax > 0 {
		return o.TitleMax
	}
	return 20
}

// Date formats t as a 成文日期: 2013年4月9日 (Arabic numerals, no padding).
func Date(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// keepWithSignature marks the body's last block KeepNext when the
// document is signed — unless that block is the body's first paragraph of
// text (a one-sentence 印发 notice): chained to the closing, it would take
// the whole body to page 2 when the closing does not fit on page 1, and
// GB/T 9704 puts the body on the first page.
func (v *View) keepWithSignature() {
	if len(v.SignLines) == 0 || len(v.Body) == 0 {
		return
	}
	last := len(v.Body) - 1
	for _, b := range v.Body[:last] {
		if b.Text != "" && (b.Heading == "" || b.Level == 0) {
			v.Body[last].KeepNext = true
			return
		}
	}
}

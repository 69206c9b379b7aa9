// Package docdata builds what a built-in Word template receives: the view
// of one document, computed from the campaign. Everything a template prints
// is ready-made here — heading numbers from the nesting of sections,
// balanced title lines, the padded signature and date lines, the figures
// of a summary — so the templates stay free of logic and can only ask for
// fields that exist (the engine treats a missing key as an error).
//
// Each kind of document is declared in its own file, kind_<name>.go: its
// manifest name, Chinese name and template, its typed view (documented
// field by field in Chinese, made of the shared parts Common, Head, Main
// and Imprint where the kind has them), the function that builds it and
// its planner. Kinds lists them; everything else that knows of kinds —
// the build plan, the manifest, serve, gongwen templates/fields/check —
// reads the registry. Views are plain values: build them once, render
// them any number of times, concurrently. Restyle gives a template the
// office's fonts and red before it is parsed.
package docdata

import (
	"fmt"
	"time"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// The parts below are shared by the views of the kinds (kind_*.go): a
// kind's view embeds the parts its documents have, so a template reads
// .Title or .DocNo whatever the kind, and the field catalogue (gongwen
// fields) lists for each kind only what it provides.

// Common is what every view carries: the office's fonts and red.
type Common struct {
	Kind  model.DocumentKind // 文种，如“通知”
	Fonts model.Fonts        // 本单位字体（profile.fonts，未填的取国标默认）
	Red   string             // 红色，六位十六进制（profile.red，默认国标红）
	Seal  bool               // 是否加盖印章（profile.seal）
}

// Head is the 版头 of GB/T 9704 7.2.
type Head struct {
	CopyNo  string // 份号
	Secret  string // 密级和保密期限，如“秘密★1年”
	Urgency string // 紧急程度，如“特急”
	// HeadGap has an empty line per blank line before the mark of a
	// 文件格式 document, so that its top sits 35 mm into the type area
	// whatever of 份号/密级/紧急程度 there is; {{paras .HeadGap}} makes them
	// in one paragraph of the template. A letter has none.
	HeadGap    []string // 发文机关标志前的空行（文件格式，每个元素一行，模板中写 {{paras .HeadGap}}；信函格式为空）
	Marks      []string // 发文机关标志，每个机关一个（联合行文时主办机关在前）
	Mark       string   // 单一机关的发文机关标志，含“文件”二字
	Joint      []string // 联合行文时的各机关标志，单一机关时为空
	MarkSuffix string   // 标志后的“文件”二字
	// MarkSize is one of gbt9704.MarkSizes: the largest at which the mark
	// (with 文件), or the longest line of a joint mark, fits on one line.
	MarkSize int    // 发文机关标志字号（半磅）
	DocNo    string // 发文字号，如“鄂学创办发〔2013〕1号”
	// Letter chooses the 信函格式 (GB/T 9704 10.1).
	Letter  bool   // 是否信函格式：发文机关名称不加“文件”，其下为红色双线，发文字号在双线下居右
	Signers string // 签发人姓名（上行文），两个空格分隔

	// MarkPt is MarkSize in points, as {{fontsize .MarkPt}} takes it.
	MarkPt float64 // 发文机关标志字号（磅），如 27，用于 {{fontsize .MarkPt}}
}

// Main is the 主体 of GB/T 9704 7.3.
type Main struct {
	Title      string           // 标题（一行）
	TitleLines []string         // 标题按词意分成的各行
	Recipients string           // 主送机关，以“：”结尾
	Body       []Block          // 正文各段，层次序号已编好
	Notes      []AttachmentNote // 附件说明各行
	SignLines  []string         // 署名各行，已按位置空格排好
	DateLine   string           // 成文日期行，已按位置空格排好
	Date       string           // 成文日期，如“2013年4月9日”
	Remark     string           // 附注，含括号，如“（此件公开发布）”
	Appendices []Appendix       // 附件，每件另起一页
	// firstPagePitch is set by fitClosing; not a template field.
	firstPagePitch int
	// GroupHead heads the first column of a responsibility table: 专项活动
	// in a campaign, 类别 in a programme (which has no special activities).
	GroupHead string // 责任分工表第一列的表头：专项活动或类别
	// Heads are the headers of the columns the data chooses
	// (division.columns), each zero or one header, so that a table
	// column repeats zero or one times ({{range columns .Heads.Lead}}).
	Heads DivisionCells // 责任分工表各列的表头（数据中选用的列各一个，未选的为空）
}

// Imprint is the 版记 of GB/T 9704 7.4.
type Imprint struct {
	// CC holds at most one element, so that a table row can repeat zero
	// or one times.
	CC        []string // 抄送机关（不含“抄送：”），零或一个元素
	Printer   string   // 印发机关
	PrintDate string   // 印发日期，如“2013年4月9日印发”
	Colophon  []int    // 有版记时一个元素，没有版记时为空：印发机关一行写 {{showif .Colophon}}，没有版记时不出现
	// ColophonPage is what gbt9704.ColophonPage's template changes test:
	// the 版记 of a 文件-format document goes on an even page of its own
	// without a page number. Letters (信函格式) keep it on the last page.
	ColophonPage []int // 版记单独成偶数页且不编页码时一个元素（信函格式为空）；由 build 使用，模板不必写
}

// draft is what the builders fill: every part any kind has. A kind's view
// is taken from it by the kind's file (kind_*.go), which says which parts
// the kind's templates receive.
type draft struct {
	Common
	Head
	Main
	Imprint

	Subtitle   string // a speech's "（2013年2月16日）"
	Salutation string // 讲话稿 "同志们："

	Briefing *BriefingIssue

	Stats        *Stats
	Placeholders []string
	// Hints are what the build says of the draft (提示), such as a 成文日期
	// not yet come.
	Hints []string

	// 印发通知 without an opening in the data: what it issues, for the
	// template's 印发 sentence.
	Issued []string

	Division []DivisionRow
}

// Block is one paragraph of a body. Level 0 is a plain paragraph (Text
// only); levels 1–4 are headings numbered 一、（一）1.（1）. A level-1 or 2
// heading stands alone; a level-3 or 4 heading runs into the first paragraph
// of its section: Number+Heading in the heading's font, Text after it.
type Block struct {
	Level   int    // 层次：0 为普通段落，1–4 为一、（一）1.（1）四级标题
	Number  string // 标题序号，如“一、”“（一）”“1.”“（1）”
	Heading string // 标题文字（其后接正文时以“。”结尾）
	Text    string // 段落文字（三、四级标题时接在标题之后）
	// Keep keeps the paragraph on the page of the next one: set on
	// the body's last block when a signature follows, so the signature
	// never stands on a page without body text (GB/T 9704 7.3.5).
	// Templates read it as .KeepNext (the method).
	keep bool
	// RunIn marks a 一、 or （一） heading that runs into its text: set in
	// the heading's style but not kept with the next paragraph, so that
	// such paragraphs flow like body text.
	RunIn bool // 一、（一）级标题后接正文
	// cont marks the rest of a paragraph cut at a line's end (the body
	// of one paragraph page 1 cannot hold with the closing,
	// splitLoneBody): set without an indent, it reads on from the lines
	// before it.
	cont bool
}

// KeepNext is what {{keepnext .KeepNext}} sets: true keeps the paragraph
// with the next one (与下段同页); a run-in 一、 or （一） heading turns
// off the keeping its heading style has — a false value that keepnext
// writes as <w:keepNext w:val="0"/> — so that numbered paragraphs flow
// like body text and never take the body off page 1 as one chain.
func (b Block) KeepNext() any {
	switch {
	case b.keep:
		return true
	case b.RunIn:
		return keepOff(false)
	}
	return false
}

// WithKeepNext is b kept with the next paragraph, for tests of layouts
// built from blocks outside this package.
func (b Block) WithKeepNext() Block {
	b.keep = true
	return b
}

// keepOff is false to {{if}} and turns 与下段同页 off in keepnext.
type keepOff bool

// KeepNextOff tells keepnext to write the property as off.
func (keepOff) KeepNextOff() bool { return true }

// AttachmentNote is a line of the 附件说明: Lead is "附件：" on the first line
// and full-width spaces of the same width on the others.
type AttachmentNote struct {
	Lead   string // 首行为“附件：”，其余行为等宽的全角空格
	Number string // 附件序号，如“1.”；只有一个附件时为空
	Title  string // 附件名称
}

// Appendix is an attachment page: "附件1" top left, the title, then a body
// or the responsibility table.
type Appendix struct {
	Label      string        // 附件标识，如“附件”“附件1”；印发通知所印发的文件未写 listed: true 时不作附件，为空
	TitleLines []string      // 附件标题各行
	Subtitle   string        // 附件标题下居中的一行（副标题，楷体），如“（合计7个方面，……）”；没有时为空
	Body       []Block       // 附件正文
	Table      []DivisionRow // 附件为责任分工表时的各行
	Heads      DivisionCells // 附件为责任分工表时各列的表头（同 .Heads）
}

// DivisionRow is a row of the responsibility table (责任分工).
type DivisionRow struct {
	Activity string // 专项活动（同一活动的各行合并）
	No       string // 序号（全表连续编号）
	Task     string // 工作任务
	Lead     string // 牵头单位，以“、”分隔
	Units    string // 责任单位
	Due      string // 完成时限
	Notes    string // 备注（数据中选用备注列时为空白，供填写）
	Leaders  string // 责任领导，以“、”分隔
	Persons  string // 责任人，以“、”分隔
	Detail   string // 任务内容：选用两个任务列时第二列所印的任务 text（如繁昌的“具体任务分解”）
	// values are the task's own values (Task.Values) by name, for the
	// columns that show them (Cells.Values).
	values map[string]string
	// Heading, on a row of its own, is a category heading its tasks
	// (「一、稳定经济增长」) in one cell across the table, when the data has
	// categories but its chosen columns have no 类别; the row has no
	// other cell.
	Heading string // 类别标题行（选用的列中没有类别列时）：如“一、稳定经济增长”，整行一格
	// Sub is a category row laid out 分列: its number in the 序号 cell,
	// its name in the task cell (in 黑体), the other cells empty.
	Sub bool // 分列的类别行：序号列为类别序号（如“（一）”），任务列为类别名称（黑体），其余各列空
	// Cells are the row's cells in the columns the data chooses: each
	// zero or one value, as Heads.
	Cells DivisionCells // 本行在选用的各列中的内容（未选的列为空）
	// Split is a row that may run over to the next page, where the header
	// row repeats: one that the layout estimate (flowRows) puts across a
	// page's foot with at least three lines on each side, or one taller
	// than a page; every other row is kept whole, so no split row leaves a
	// line or two alone on a page.
	Split bool // 允许跨页断开（表头在下页重复）：按版面估计跨页且两页各有三行以上，或高于一页；其余各行不断开
	// height (twips) and lines are the row's estimated height and the
	// lines of its tallest cell; head is the header row's height, the same
	// on every row (measureRows).
	height, lines, head int
}

// DivisionCells has a list per kind of column of the responsibility
// table: one element when the data chooses the column, none when it does
// not. The built-in templates hold a cell for each kind; DivisionWidths
// puts them in the order of the data's columns.
type DivisionCells struct {
	Group []string // 类别（或专项活动）
	No    []string // 序号
	Task  []string // 任务
	Lead  []string // 牵头单位
	Units []string // 责任单位
	Due   []string // 完成时限
	Notes []string // 备注
	// Leaders and Persons are the 责任领导 and 责任人 columns; the table
	// stands its columns in the order the data writes them.
	Leaders []string // 责任领导
	Persons []string // 责任人
	// Detail is the second task column (繁昌's 具体任务分解 beside
	// 重点工作): the task's text, its title standing in Task. A column of
	// its own, sized for its own text.
	Detail []string // 任务内容（第二个任务列，如“具体任务分解”，印任务的 text）
	// Values are the columns of the tasks' own values (Task.Values,
	// 旌阳's 分值), as many as the data's columns name, side by side: the
	// headers are the values' names, a row's cells its values.
	Values []string // 任务自己的各项（values），如“分值”：表头为各项名称，各行为其内容，每项一列
	// Layout picks the copy of the template's table set for this table's
	// own columns and content (PrepareDivision): 0 for the data's
	// division, k for the k-th attachment of its own (ownTables) — an
	// attachment of a notice, or of a 责任分工 that picks its tasks.
	Layout int // 表格的版式序号：0 为数据的 division，自己选取任务或写了 division 的附件依次为 1、2……（模板中的表格按它选用各自的列宽）
}

// divisionKinds is how many kinds of column the table may have, the
// fields of DivisionCells.
const divisionKinds = 11

// Indexes of the kinds of column in lists.
const (
	slotGroup = iota
	slotNo
	slotTask
	slotLead
	slotUnits
	slotDue
	slotNotes
	slotLeaders
	slotPersons
	slotDetail
	slotValues
)

// slotKinds are the model's kinds of column (model.ColumnOrder and the
// two that stand beside a task column) in the order of lists.
var slotKinds = [divisionKinds]string{model.ColumnGroup, model.ColumnNo, model.ColumnTask, model.ColumnLead, model.ColumnUnits,
	model.ColumnDue, model.ColumnNotes, model.ColumnLeader, model.ColumnPerson, model.ColumnDetail, model.ColumnValue}

// lists are d's columns in DivisionCells' order (model.ColumnOrder's, then
// Detail and Values).
func (d *DivisionCells) lists() [divisionKinds][]string {
	return [divisionKinds][]string{d.Group, d.No, d.Task, d.Lead, d.Units, d.Due, d.Notes, d.Leaders, d.Persons, d.Detail, d.Values}
}

// slots are the lists of lists(), in its order, to be set.
func (d *DivisionCells) slots() [divisionKinds]*[]string {
	return [divisionKinds]*[]string{&d.Group, &d.No, &d.Task, &d.Lead, &d.Units, &d.Due, &d.Notes, &d.Leaders, &d.Persons, &d.Detail, &d.Values}
}

// BriefingIssue is an issue of the briefing.
type BriefingIssue struct {
	Name     string        // 报头（简报名称）
	Issue    string        // 期号，如“第3期”
	Editor   string        // 编印单位
	Date     string        // 编印日期，如“2013年3月29日”
	Note     []string      // 编者按各段，首段以“编者按：”开头
	Articles []ArticleView // 文章
	Footer   []FooterLine  // 报、送、发各行（有对象的才列出）
	// FooterText is Footer as one text, a line each (the built-in template
	// prints it in one paragraph so the rules stay with it).
	FooterText string // 报、送、发合为一段文字，每行一项
	Copies     string // 印数，如“（共印50份）”
}

// FooterLine is a line of a briefing's footer: Label "报：", Text "…。".
type FooterLine struct {
	Label string // “报：”“送：”或“发：”
	Text  string // 对象，以“。”结尾
}

// ArticleView is one article of a briefing.
type ArticleView struct {
	Title string   // 文章标题
	Body  []string // 文章各段
}

// Stats are the figures of a summary or a report over a span of days.
type Stats struct {
	Span    string // 时段，如“2013年3月”“2013年第一季度”“2013年上半年”
	Total   int    // 时段末到期的任务数
	Done    int    // 其中已完成的
	OnTime  int    // 其中按期完成的
	Overdue int    // 逾期未完成的
	// DueToday are the tasks counted as due that fall due on the day the
	// figures are taken and are still open: neither done nor overdue.
	DueToday    int // 当日到期、尚未完成的（计入到期任务，未逾期）
	Meetings    int // 时段内召开的会议次数
	Briefings   int // 时段内编发的简报期数
	DonePercent int // 完成率（百分数，四舍五入）
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
	// NoLetters says the build sends no 督办通知 (its manifest lists no
	// supervision): the 督办情况汇总 then does not say they were sent
	// (QA s11 finding 17: wuhan2022's said 「已向各单位发出督办通知」).
	NoLetters bool
}

// newView fills what every document shares: fonts, red, seal.
func newView(kind model.DocumentKind, c *model.Campaign) *draft {
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
	heads := divisionHeads(c)
	head := "类别"
	if c.Campaigning() {
		head = "专项活动"
	}
	if len(heads.Group) > 0 {
		head = heads.Group[0]
	}
	return &draft{Common: Common{Kind: kind, Fonts: f, Red: red, Seal: c.Profile.Seal}, Main: Main{GroupHead: head, Heads: heads}}
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
func (v *draft) keepWithSignature() {
	if len(v.SignLines) == 0 || len(v.Body) == 0 {
		return
	}
	last := len(v.Body) - 1
	for _, b := range v.Body[:last] {
		if b.Text != "" && (b.Heading == "" || b.Level == 0) {
			v.Body[last].keep = true
			return
		}
	}
}

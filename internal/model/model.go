package model

import (
	"maps"
	"slices"
	"strings"
	"time"

	"gongwen/internal/period"
)

// Campaign is one campaign (主题实践活动) as the 综合组 keeps it: everything
// every draft of the year is generated from. It is plain data: package load
// fills it from a file, resolves references and reports errors; templates
// read it; nothing here does I/O.
//
// Field tags name the keys of the data file (YAML or JSON). The `title` and
// `description` tags give the Chinese text of the JSON Schema that
// `gongwen schema` prints.
type Campaign struct {
	Name      string `yaml:"name" json:"name" title:"活动全称" description:"如：学习贯彻十八大、争创发展新业绩主题实践活动"`
	ShortName string `yaml:"short_name" json:"short_name" title:"活动简称" description:"如：学创"`
	Year      int    `yaml:"year" json:"year" title:"活动年度" description:"期限文字（如 2月中旬）按此年度换算为日期"`
	Region    string `yaml:"region" json:"region" title:"地区" description:"如：湖北省、全省"`
	Organiser string `yaml:"organiser" json:"organiser" title:"主办" description:"发起活动的机关，如：省委"`
	Goal      string `yaml:"goal" json:"goal" title:"总体目标" description:"如：领会精神实质、牢记职责使命、把握历史机遇、再创发展佳绩"`

	// draftNos: a trial build, whose new 发文字号 documents show blank
	// (DraftDocNos).
	draftNos bool
	drafted  map[string]bool // the numbers it took
	// weekKeep, when set, keeps only some lines of the weekly list: a
	// copy made for one unit's own list (KeepWeekItems).
	weekKeep func(WeekItem) bool

	Profile Profile `yaml:"profile" json:"profile" title:"机关格式配置" description:"字体、发文机关标志、文号前缀、红色、是否加盖印章"`

	Units      []Unit     `yaml:"units" json:"units" title:"单位" description:"牵头单位、责任单位等，以 id 引用"`
	Office     Office     `yaml:"office" json:"office" title:"领导小组办公室" description:"办公室及其内设工作组"`
	Activities []Activity `yaml:"activities" json:"activities" title:"专项活动" description:"各专项活动及其牵头单位、责任单位；年度工作任务分解等没有专项活动的可不写"`
	Phases     []Phase    `yaml:"phases" json:"phases" title:"工作步骤" description:"活动分阶段推进，每阶段有标题和期限；可不写"`
	// Categories group the tasks of a programme (一、稳增长 （一）扩大有效投资
	// …) as the division attachment numbers them; nested by Parent.
	Categories []Category `yaml:"categories,omitempty" json:"categories,omitempty" title:"任务类别" description:"年度工作任务分解的类别（一、二、……），可用 parent 嵌套下级类别；按出现顺序编号"`
	Tasks      []Task     `yaml:"tasks" json:"tasks" title:"工作任务" description:"按方案中出现的顺序排列"`
	// Reporting are the notice's reporting duties (每季度最后一个月30日前报送
	// 进展情况) that apply to every task or to some categories, each
	// occurrence due and supervised on its own (reporting.go).
	Reporting []ReportRule `yaml:"reporting,omitempty" json:"reporting,omitempty" title:"报送要求" description:"通知规定的定期报送，适用于全部任务或某些类别，不在各任务上写完成时限；每一次分别到期、列入周工作清单、单独督办"`
	// Division chooses how the 责任分工 (Word, and the attachment of an
	// 印发 notice) lays the tasks out.
	Division DivisionLayout `yaml:"division,omitempty" json:"division,omitempty" title:"责任分工版式" description:"表格或列表、各级序号、单位之间的分隔符"`
	// Weekly chooses how the 周工作清单 goes out: one list for the
	// office, or besides it one per unit that answers for tasks.
	Weekly WeeklyLayout `yaml:"weekly,omitempty" json:"weekly,omitempty" title:"周工作清单" description:"是否按单位分别生成周工作清单"`

	Cadences []Cadence `yaml:"cadences" json:"cadences" title:"会议制度" description:"定期会议：每周、每季度、每半年、指定月份或适时"`
	Meetings []Meeting `yaml:"meetings" json:"meetings" title:"已召开会议" description:"会议记录与纪要数据"`

	Briefings Briefings  `yaml:"briefings" json:"briefings" title:"简报" description:"简报计划和已编发的各期"`
	Documents []Document `yaml:"documents" json:"documents" title:"拟发文件" description:"通知、讲话稿、总结、汇报等"`
	// DocNos is the 发文字号 register: build assigns and appends.
	DocNos []DocNoEntry `yaml:"docnos,omitempty" json:"docnos,omitempty" title:"发文字号登记" description:"各发文机关代字、各年度已发和预留的发文字号；build 为没有发文字号的文件格式文件分配下一个号并登记在此"`

	Requirements []Requirement `yaml:"requirements" json:"requirements" title:"工作要求" description:"方案末尾的工作要求，按顺序编号"`
	Plan         WorkPlan      `yaml:"plan" json:"plan" title:"工作方案" description:"综合组工作方案中的文字段落"`
}

// Profile holds what differs from one issuing office to another. It lives in
// the data, not in templates, so one set of templates serves every office.
type Profile struct {
	Fonts  Fonts   `yaml:"fonts" json:"fonts" title:"字体" description:"各类文字使用的字体名称"`
	Red    string  `yaml:"red" json:"red" title:"红色" description:"发文机关标志和红色分隔线的颜色，六位十六进制，如 FF0000"`
	Seal   bool    `yaml:"seal" json:"seal" title:"加盖印章" description:"成文日期处是否加盖印章（影响署名和日期的位置）"`
	Organs []Organ `yaml:"organs" json:"organs" title:"发文机关" description:"可作为发文机关的机关，含标志文字和文号前缀"`
	// Letters names the kinds the office sends in the 信函格式 (督办通知,
	// 会议通知) unless a document says format: 文件.
	Letters []DocumentKind `yaml:"letters,omitempty" json:"letters,omitempty" title:"信函格式的文种" description:"以信函格式（红色双线，发文字号在其下）印发的文种，如 [督办通知, 会议通知]；文件的 format 可另行指定"`
	// Contact is the default contact line of notices (联系人及电话).
	Contact Contact `yaml:"contact" json:"contact" title:"联系人" description:"通知默认的联系人及电话"`
	// Restyle: a template of the user's own (manifest template:, render
	// -t, serve --templates) is left as the user made it — its fonts and
	// red are the user's choice — unless this asks to restyle it like the
	// built-ins.
	Restyle bool `yaml:"restyle,omitempty" json:"restyle,omitempty" title:"自定义模板也套用字体和颜色" description:"为 true 时，自定义模板也按 fonts 和 red 改写其样式中的字体和红色；默认只改写内置模板，自定义模板保持原样"`
}

// Fonts names the fonts by role. Offices differ (方正仿宋_GBK instead of
// 仿宋_GB2312, say), so templates take them from here.
type Fonts struct {
	Title string `yaml:"title" json:"title" title:"标题字体" description:"默认 方正小标宋简体"`
	Body  string `yaml:"body" json:"body" title:"正文字体" description:"默认 仿宋_GB2312"`
	Kai   string `yaml:"kai" json:"kai" title:"楷体" description:"默认 楷体_GB2312，用于二级标题和签发人"`
	Hei   string `yaml:"hei" json:"hei" title:"黑体" description:"默认 黑体，用于一级标题、密级等"`
	Song  string `yaml:"song" json:"song" title:"宋体" description:"默认 宋体，用于页码"`
	Latin string `yaml:"latin" json:"latin" title:"西文字体" description:"默认 Times New Roman"`
}

// Organ is an issuing organ (发文机关): its name, the text of its 发文机关标志
// and the prefix of its 发文字号.
type Organ struct {
	ID        string `yaml:"id" json:"id" title:"标识" description:"在文件的 organs 中引用"`
	Name      string `yaml:"name" json:"name" title:"机关全称" description:"如：中共湖北省委办公厅"`
	Short     string `yaml:"short" json:"short" title:"简称" description:"如：省委办公厅"`
	Mark      string `yaml:"mark" json:"mark" title:"发文机关标志" description:"红头文字，不含“文件”二字，如：中共湖北省委办公厅"`
	DocPrefix string `yaml:"doc_prefix" json:"doc_prefix" title:"文号前缀" description:"发文机关代字，如：鄂办发"`
	// Printer is the 印发机关 of the organ's documents (GB/T 9704 7.4.3:
	// usually its 办公厅（室）), so that every document it issues, written
	// in the data or generated (督办通知), names the same one.
	Printer string `yaml:"printer,omitempty" json:"printer,omitempty" title:"印发机关" description:"本机关文件版记中的印发机关全称，多为其办公厅（室），如：宁川市商务局办公室；不写时为本机关；文件的 printer 可另行指定"`
}

// Contact is a contact person and telephone.
type Contact struct {
	Name  string `yaml:"name" json:"name" title:"联系人"`
	Phone string `yaml:"phone" json:"phone" title:"电话"`
}

// Unit is an organisation that leads or shares tasks (牵头单位、责任单位).
type Unit struct {
	ID    string `yaml:"id" json:"id" title:"标识" description:"稳定的英文或拼音标识，如 zzb"`
	Name  string `yaml:"name" json:"name" title:"全称" description:"如：省委组织部"`
	Short string `yaml:"short" json:"short" title:"简称" description:"表格中使用，如：组织部"`
	// Sample marks a unit that the source document does not name and that
	// was filled in as a plausible example.
	Sample bool `yaml:"sample,omitempty" json:"sample,omitempty" title:"示例" description:"原始方案未列明、作为示例填写的单位"`
}

// Office is the leading group's office (领导小组办公室) and its groups.
type Office struct {
	Name   string  `yaml:"name" json:"name" title:"办公室名称" description:"如：省委“学创”活动领导小组办公室"`
	Short  string  `yaml:"short" json:"short" title:"简称"`
	Groups []Group `yaml:"groups" json:"groups" title:"工作组" description:"综合组、宣传组、督导组等"`
}

// Group is one group of the office with its duties (工作职责).
type Group struct {
	ID     string   `yaml:"id" json:"id" title:"标识" description:"如 zhz（综合组）"`
	Name   string   `yaml:"name" json:"name" title:"名称" description:"如：综合组"`
	Duties []string `yaml:"duties" json:"duties" title:"主要职责" description:"按顺序编号显示，不写序号"`
}

// Activity is a special activity (专项活动) with its lead and responsible units.
type Activity struct {
	ID    string   `yaml:"id" json:"id" title:"标识"`
	Name  string   `yaml:"name" json:"name" title:"名称" description:"如：党的群众路线教育实践活动"`
	Short string   `yaml:"short" json:"short" title:"简称"`
	Lead  []string `yaml:"lead" json:"lead" title:"牵头单位" description:"单位 id 列表"`
	Units []string `yaml:"units" json:"units" title:"责任单位" description:"单位 id 列表"`
}

// Phase is a step of the campaign (宣传发动、推进实施、总结提升).
type Phase struct {
	ID     string        `yaml:"id" json:"id" title:"标识"`
	Name   string        `yaml:"name" json:"name" title:"步骤名称" description:"如：宣传发动"`
	Title  string        `yaml:"title" json:"title" title:"标题" description:"方案中的小标题，如：精心谋划组织，迅速启动工作"`
	Period period.Period `yaml:"period" json:"period" title:"期限" description:"如：2月初-2月底、12月"`
}

// DivisionLayout is the layout of the responsibility division, chosen in
// the data rather than in a template. Every field has a default: a table
// for a campaign with special activities, the list for a programme.
type DivisionLayout struct {
	// Layout is 表格 (a row per task) or 列表 (类别 headings, numbered
	// tasks, a 牵头单位 line and a 责任单位 line under each).
	Layout string `yaml:"layout,omitempty" json:"layout,omitempty" title:"版式" description:"表格 或 列表；不写时有专项活动的为表格，否则为列表" enum:"表格,列表"`
	// Numbering is the number form of each level, top first: categories
	// take the first levels, tasks the level below their category.
	Numbering []string `yaml:"numbering,omitempty" json:"numbering,omitempty" title:"各级序号" description:"列表版式各级序号的样式，依次为第一、二、……级，如 [一、, （一）, 1., （1）]（默认）或 [一、, 1.]；写“无”的一级不编序号，如 [一、, （一）, 无]；写成起始的序号则这一级从该数起编号，如 [三、, 1.]；没有类别的列表不写时任务编作 1. 2."`
	// TaskNumber, when set, is the number form of every task whatever the
	// depth of its category (一、主要目标 1.… under 二、（一）… 1.… too).
	// Inline puts a task's people and units in brackets after it, as
	// 咸安 prints 「12.……通车。（责任领导：洪声耀；牵头单位：区交通运输局；
	// 责任单位：区发改局、……）」, instead of a line each.
	Inline bool `yaml:"inline,omitempty" json:"inline,omitempty" title:"单位随任务同段" description:"列表版式中责任领导、牵头单位、责任单位、责任人、完成时限写在任务末尾的括号内，以“；”分隔，如“（责任领导：洪声耀；牵头单位：区交通运输局；责任单位：区发改局）”；不写时各占一行"`
	// Outer is the bracket 嘉鱼 2021 puts around the units when they hold
	// a bracket of their own: 「[牵头单位：县发改局（粮食局）；…]」, not
	// 「（…（粮食局）…）」.
	Outer      string `yaml:"outer_bracket,omitempty" json:"outer_bracket,omitempty" title:"外层括号" description:"括号写法中括号内已有圆括号时外层改用的括号，如 []（嘉鱼：“[牵头单位：县发改局（粮食局）；……]”）；其余仍用（）；不写则一律用（）" enum:"[],［］,〔〕,【】"`
	TaskNumber string `yaml:"task_number,omitempty" json:"task_number,omitempty" title:"任务序号" description:"列表版式中任务一律用的序号样式，如 1.；写成起始的序号则从该数起编号，如 11.（接着另一附件的编号）；不写时任务用其类别下一级的序号。表格版式只取其起始数：序号列从该数起连续编号，如 24."`
	// Continuous numbers the tasks 1, 2, 3 … through the whole list
	// rather than afresh under each category.
	Continuous bool `yaml:"continuous,omitempty" json:"continuous,omitempty" title:"任务连续编号" description:"列表版式中任务在全文连续编号，而不是每个类别从 1 起"`
	// Columns are the headers of the table's columns as the office names
	// them; what each holds is read from its name (ColumnKind), in the
	// order written.
	Columns []string `yaml:"columns,omitempty" json:"columns,omitempty" title:"表格各列" description:"表格版式各列的表头，按本单位的叫法写，如 [序号, 重点任务, 牵头单位, 责任单位, 完成时限]；可有类别、序号、任务、牵头单位、责任单位、完成时限、责任领导、责任人、备注，每种至多一列，次序照写的次序；任务列后可紧接第二个任务列（如 [序号, 重点工作, 具体任务分解, …]），印任务的 text；不写时为 类别（或专项活动）、序号、工作任务、牵头单位、责任单位、完成时限"`
	// CategoryRows lay out each level's category rows in a table without
	// a 类别 column: 整行, the heading in one cell across the table, or
	// 分列, its number in the 序号 column and its name in the task column,
	// as 广州 prints 「（一）」 | 「加强战略科技力量建设。」 under a heading
	// row of its own (CategoryRowForm has the default).
	CategoryRows []string `yaml:"category_rows,omitempty" json:"category_rows,omitempty" title:"类别行的排法" description:"表格版式（没有类别列时）各级类别行的排法，依次为第一、二、……级：整行（类别序号和名称合占整行一格）或 分列（序号在序号列，名称在任务列，黑体）；只写一级时各级照它，少写的级照最后一个。不写时第一级整行、第二级起分列（表格没有序号列时都整行）"`
	// Orientation turns the pages of the division tables (the Word 责任分工
	// and the Excel 责任分工表) for a wide table of many columns.
	Orientation string `yaml:"orientation,omitempty" json:"orientation,omitempty" title:"页面方向" description:"表格版式的页面方向：纵向（默认）或 横向（列多、内容宽的表格）；用于单独的责任分工文件、Excel 责任分工表和通知附件中的责任分工表（附件另起横向页，正文和版记仍为纵向）" enum:"纵向,横向"`
	// HeadingEnd is what ends a task's line in the list when its title
	// has no closing punctuation: 。 (the default, as before), or 无 to
	// print the title as written (「（一）地区生产总值增长7%以上」).
	HeadingEnd string `yaml:"heading_end,omitempty" json:"heading_end,omitempty" title:"任务后的标点" description:"列表版式中任务名称末尾没有标点时加“。”（默认）；写 无 则照原文不加。责任分工文件自己写的 heading_end 在这里没写时也用于列表" enum:"。,无"`
	// TextRunIn runs a task's text on after its title in one paragraph,
	// as 芜湖's 工作要点 prints 「1.加强思想理论武装。坚持……（责任科室：…）」.
	TextRunIn bool `yaml:"text_run_in,omitempty" json:"text_run_in,omitempty" title:"说明接在任务后" description:"列表版式中任务的 text（说明段）接在任务名称之后同段，如“1.加强思想理论武装。坚持……”；不写时 text 在任务下另起一段"`
	// Join separates units in one line or cell.
	Join string `yaml:"join,omitempty" json:"join,omitempty" title:"单位分隔符" description:"同一行中多个单位之间的分隔符：、（默认）或 ，" enum:"、,，"`
	// Lines choose, per kind of line under a task of the list, its label
	// and its form: offices label them their own way (广东's 「分管省领导：」,
	// 「协办单位：」), write the units as a sentence (「部门分工：省发展改革委
	// 牵头，各地、各部门配合。」) or bare in brackets after the task
	// (宁波's 「（市发改委）」).
	Lines ListLines `yaml:"lines,omitempty" json:"lines,omitempty" title:"列表各行的写法" description:"列表版式中任务下各行（责任领导、牵头单位、责任单位、责任人、完成时限）的标签和写法，如 {leaders: {label: 分管省领导}, units: {label: 协办单位}}；不写时照默认标签各占一行"`
}

// ListLines are the styles of the lines the list prints under a task,
// one for each kind of line, keyed as the task's own fields are.
type ListLines struct {
	Leaders LineStyle `yaml:"leaders,omitempty" json:"leaders,omitempty" title:"责任领导行" description:"任务的 leaders 一行；默认标签 责任领导"`
	Lead    LineStyle `yaml:"lead,omitempty" json:"lead,omitempty" title:"牵头单位行" description:"任务的 lead 一行；默认标签 牵头单位；写 form: 句 则与责任单位合为一句“X牵头，Y配合。”"`
	Units   LineStyle `yaml:"units,omitempty" json:"units,omitempty" title:"责任单位行" description:"任务的 units 一行；默认标签 责任单位，如改为 协办单位、配合单位"`
	Persons LineStyle `yaml:"persons,omitempty" json:"persons,omitempty" title:"责任人行" description:"任务的 persons 一行；默认标签 责任人"`
	Period  LineStyle `yaml:"period,omitempty" json:"period,omitempty" title:"完成时限行" description:"任务的 period 一行；默认标签 完成时限"`
}

// LineStyle is how the list prints one kind of line under a task.
type LineStyle struct {
	// Label is printed before the value and 「：」; 无 prints the value
	// bare (「市发改委」).
	Label string `yaml:"label,omitempty" json:"label,omitempty" title:"标签" description:"行首的标签，如 分管省领导、协办单位、部门分工，印作“标签：……”；写 无 则只印内容；不写为默认标签（句的默认为无）"`
	// Form is 行 (a line of its own), 括号 (in brackets after the task's
	// text, 「……。（市发改委）」) or, for the units, 句 (the lead and the
	// responsible units as one sentence, 「X牵头，Y配合。」).
	Form string `yaml:"form,omitempty" json:"form,omitempty" title:"写法" description:"行：单占一行（默认；division.inline 为 true 时默认为 括号）；括号：写在任务末尾的括号内，如“（市发改委）”；句：只用于 lead 和 units，牵头单位和责任单位合为一句“X牵头，Y配合。”（只有牵头单位或只有责任单位时为“X负责。”），行首可用 lead 的 label，如“部门分工：”" enum:"行,括号,句"`
	// Verb is what the 句 form says after the units: 牵头 after the lead
	// and 配合 after the responsible units unless the data says
	// (咸阳's 「……牵头，市级各有关部门及各县市区政府按职责分工负责」).
	Verb string `yaml:"verb,omitempty" json:"verb,omitempty" title:"句中的动词" description:"只用于句：单位之后的动词。lead 默认 牵头，units 默认 配合，如 units: {form: 句, verb: 按职责分工负责} 印作“X牵头，Y按职责分工负责”；只有责任单位时用 units 的 verb（不写为 负责），只有牵头单位时为“X负责”"`
	// End closes a line of its own as some offices do (安徽 2025's
	// 「责任处室、单位：……。」); none by default.
	End string `yaml:"end,omitempty" json:"end,omitempty" title:"行末标点" description:"单占一行时行末加的标点，如 。（安徽“责任处室、单位：……。”）；不写为不加" enum:"。"`
}

// The layouts of a table's category rows (DivisionLayout.CategoryRows).
const (
	CategoryRowWhole = "整行"
	CategoryRowSplit = "分列"
)

// The forms of a line of the list (LineStyle.Form).
const (
	LineOwn      = "行"
	LineBracket  = "括号"
	LineSentence = "句"
)

// LineKinds are the kinds of line under a task of the list, in the order
// the list prints them, with their default labels; Style finds the data's
// style of each.
var LineKinds = []struct{ Key, Label string }{
	{"leaders", "责任领导"}, {"lead", "牵头单位"}, {"units", "责任单位"}, {"persons", "责任人"}, {"period", "完成时限"},
}

// Style returns the style of a kind of line (a LineKinds key).
func (l *ListLines) Style(key string) LineStyle {
	switch key {
	case "leaders":
		return l.Leaders
	case "lead":
		return l.Lead
	case "units":
		return l.Units
	case "persons":
		return l.Persons
	case "period":
		return l.Period
	}
	return LineStyle{}
}

// Sentence reports whether the lead and the responsible units make one
// sentence (「X牵头，Y配合。」): either line says 句.
func (l *ListLines) Sentence() bool {
	return l.Lead.Form == LineSentence || l.Units.Form == LineSentence
}

// WeeklyLayout is how the 周工作清单 is sent out.
type WeeklyLayout struct {
	// Split 单位 writes, besides the office's combined list, one list
	// per unit with only the tasks it answers for (as lead unit, or as
	// responsible unit of a task without one) and its name as 填报单位;
	// split 工作组 one list per office group (office.groups) with the
	// tasks it follows (a task's group). Each also carries the meetings'
	// decisions that unit or group is charged with.
	Split string `yaml:"split,omitempty" json:"split,omitempty" title:"分发方式" description:"写 单位 时，除汇总的清单外，再为每个承担本周任务的单位各生成一份只含其任务、已填好填报单位的清单（牵头单位承担；没有牵头单位的由责任单位承担）；写 工作组 时，为办公室每个工作组（office.groups）各生成一份只含其负责任务的清单。各份清单另附该单位或工作组承办的会议议定事项" enum:"单位,工作组"`
}

// The values of WeeklyLayout.Split: a list for each unit, or for each of
// the office's groups.
const (
	WeeklyByUnit  = "单位"
	WeeklyByGroup = "工作组"
)

// The page orientations of a division table.
const (
	OrientationPortrait  = "纵向"
	OrientationLandscape = "横向"
)

// The two division layouts.
const (
	LayoutTable = "表格"
	LayoutList  = "列表"
)

// The kinds of column of the division table. A table has each at most
// once, in the order its headers are written (霍山 prints 序号、重点工作、
// 责任领导、责任单位、完成时限).
const (
	ColumnGroup = "类别"
	ColumnNo    = "序号"
	ColumnTask  = "任务"
	ColumnLead  = "牵头单位"
	ColumnUnits = "责任单位"
	ColumnDue   = "完成时限"
	ColumnNotes = "备注"
	// ColumnLeader (责任领导, 分管领导) holds a task's leaders, ColumnPerson
	// (责任人, 负责人) its persons; a table may have both.
	ColumnLeader = "责任领导"
	ColumnPerson = "责任人"
	// ColumnDetail is a second task column (繁昌's 具体任务分解 beside
	// 重点工作): the task's text, its title standing in the first.
	ColumnDetail = "任务内容"
	// ColumnValue is a column of a value the tasks carry themselves
	// (Task.Values): its header is the value's name, 旌阳's 分值.
	ColumnValue = "自定项"
)

// ValueNames are the names of the values the tasks carry (Task.Values), in
// the order they first appear in the tasks (a task's own in the order of
// their names, a map having none).
func (c *Campaign) ValueNames() []string {
	var out []string
	seen := map[string]bool{}
	for i := range c.Tasks {
		for _, k := range slices.Sorted(maps.Keys(c.Tasks[i].Values)) {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// ColumnKinds are the kinds of the columns headed heads for c's data: a
// header that is the name of a value some task carries (Task.Values) is
// that value's column (ColumnValue), whatever words it holds — the data
// says what it is; the others are read from their words as ColumnKindsOf
// reads them.
func (c *Campaign) ColumnKinds(heads []string) []string {
	names := map[string]bool{}
	for i := range c.Tasks {
		for k := range c.Tasks[i].Values {
			// A field's name (Check refuses it) keeps its column.
			if k = strings.TrimSpace(k); k != "" && fieldValues[k] == "" {
				names[k] = true
			}
		}
	}
	out := make([]string, len(heads))
	tasks := 0
	for i, h := range heads {
		if names[strings.TrimSpace(h)] {
			out[i] = ColumnValue
			continue
		}
		out[i] = ColumnKind(h)
		if out[i] == ColumnTask {
			if tasks++; tasks == 2 {
				out[i] = ColumnDetail
			}
		}
	}
	return out
}

// ValueColumns are the headers of c's division columns that show a value
// of the tasks (ColumnValue), in their order.
func (c *Campaign) ValueColumns() []string {
	cols := c.DivisionColumns()
	var out []string
	for i, k := range c.ColumnKinds(cols) {
		if k == ColumnValue {
			out = append(out, strings.TrimSpace(cols[i]))
		}
	}
	return out
}

// ColumnKindsOf are the kinds of the columns headed heads, in order: each
// header's ColumnKind, but the second task column is the 任务内容 one
// (繁昌's 序号/重点工作/具体任务分解/…: the short heading, then its detail).
func ColumnKindsOf(heads []string) []string {
	out := make([]string, len(heads))
	tasks := 0
	for i, h := range heads {
		out[i] = ColumnKind(h)
		if out[i] == ColumnTask {
			if tasks++; tasks == 2 {
				out[i] = ColumnDetail
			}
		}
	}
	return out
}

// ColumnOrder lists the kinds of column in the default table's order, the
// two people columns last.
var ColumnOrder = []string{ColumnGroup, ColumnNo, ColumnTask, ColumnLead, ColumnUnits, ColumnDue, ColumnNotes, ColumnLeader, ColumnPerson}

// columnWords tell a column's kind from the header an office gives it:
// 牵头单位, 牵头部门 and 主要责任单位 (安徽's tables, beside 协同配合单位)
// lead, 责任单位 and 配合单位 share, 完成时限 and
// 时间节点 are deadlines, 重点任务 and 目标任务 are tasks. The first match
// decides, so 牵头 comes before 任务 (牵头任务单位) and 序号 first of all;
// 领导 before 责任人 (牵头领导 is a leader, not a lead unit).
var columnWords = []struct {
	kind  string
	words []string
}{
	{ColumnNo, []string{"序号", "编号"}},
	{ColumnLeader, []string{"领导"}},
	{ColumnPerson, []string{"责任人", "负责人"}},
	{ColumnLead, []string{"牵头", "主要责任", "主责", "主办"}},
	{ColumnUnits, []string{"责任", "配合", "协同", "协办", "参与", "承办", "监考"}},
	{ColumnDue, []string{"时限", "时间", "期限", "时序", "进度"}},
	{ColumnNotes, []string{"备注"}},
	// 项目名称 (民生实事 tables) names the task; 项目 alone (旌阳's
	// 项目|分值|目标任务) the category.
	{ColumnTask, []string{"名称"}},
	{ColumnGroup, []string{"类别", "专项活动", "领域", "类型", "板块", "分类", "项目"}},
	{ColumnTask, []string{"任务", "内容", "事项", "目标", "措施", "工作", "举措", "指标"}},
}

// ColumnKinds says, for messages, each kind of column and the words of a
// header that make it: 「序号（序号、编号）、任务（任务、内容、……）……」.
func ColumnKinds() string {
	order := []string{ColumnNo, ColumnGroup, ColumnTask, ColumnLead, ColumnUnits, ColumnDue, ColumnLeader, ColumnPerson, ColumnNotes}
	var parts []string
	for _, k := range order {
		var words []string
		for _, cw := range columnWords {
			if cw.kind == k {
				words = append(words, cw.words...)
			}
		}
		parts = append(parts, k+"（表头含"+strings.Join(words, "、")+"）")
		if k == ColumnTask {
			parts = append(parts, ColumnDetail+"（第二个任务列，如“具体任务分解”，列出任务的 text）")
		}
	}
	return strings.Join(parts, "，")
}

// ColumnKind is the kind of column a header names (one of ColumnOrder),
// or "" when the header says none of them.
func ColumnKind(head string) string {
	for _, cw := range columnWords {
		for _, w := range cw.words {
			if strings.Contains(head, w) {
				return cw.kind
			}
		}
	}
	return ""
}

// NumberForms are the number forms a level of the list may take; 无 prints
// the level's headings without a number.
var NumberForms = []string{"一、", "（一）", "1.", "1．", "1、", "（1）", "①", "无"}

// Category is a heading of a programme's tasks (一、稳增长、促发展): the
// division lists numbers it and the tasks under it. A category with a
// Parent is a level below it ((一)、1.…).
type Category struct {
	ID     string `yaml:"id" json:"id" title:"标识"`
	Name   string `yaml:"name" json:"name" title:"类别名称" description:"不写序号，如：稳定经济增长"`
	Parent string `yaml:"parent,omitempty" json:"parent,omitempty" title:"上级类别" description:"上级类别 id；不写为第一级"`
	// Intro is the category's own lead-in, printed under its heading
	// before its tasks, as 荆门's 方案 writes 「二、主要指标 / 到2025年，
	// 全市经济社会发展主要指标如下： / 1.…」.
	Intro string `yaml:"intro,omitempty" json:"intro,omitempty" title:"引语" description:"列表版式中印在类别标题之下、其任务之前的段落，如“到2025年，全市经济社会发展主要指标如下：”；写成 intro: | 的多行时每行一段。表格版式没有位置印它，build 会提示"`
	// Leaders are the category's 牵头领导, printed after its heading as
	// 郧阳 prints 「一、…（牵头领导：成坤、柯相国、王俊）」.
	Leaders []string `yaml:"leaders,omitempty" json:"leaders,omitempty" title:"牵头领导" description:"姓名列表；类别标题后印“（牵头领导：……）”"`
	// Lead and Units are the units a category names for all its tasks, as
	// 沁县 heads a category 「一、县示范区管委会牵头工作（8项）」 and lists
	// bare 「1.…」 tasks under it. Its tasks (and those of its
	// sub-categories) inherit them where they name none of their own
	// (TaskLead): supervision, the weekly list, the 督办 and the tables
	// route them by these units, while the list layout does not repeat a
	// 「牵头单位：…」 line under each task, the heading saying it already.
	Lead  []string `yaml:"lead,omitempty" json:"lead,omitempty" title:"类别牵头单位" description:"单位 id 列表；本类别（含下级类别）中没有写 lead 的任务都以此为牵头单位，用于督办、周工作清单和表格；列表版式不在各任务下重复印“牵头单位：……”（类别标题已写明，如“县示范区管委会牵头工作（8项）”）。任务自己写的 lead 优先"`
	Units []string `yaml:"units,omitempty" json:"units,omitempty" title:"类别责任单位" description:"单位 id 列表；本类别中没有写 units 的任务都以此为责任单位，规则同 lead。任务自己写的 units 优先"`
}

// Heading is the category's heading without its number: its name, and its
// 牵头领导 in brackets when it has them.
func (c *Category) Heading() string {
	if len(c.Leaders) == 0 {
		return c.Name
	}
	return c.Name + "（牵头领导：" + strings.Join(c.Leaders, "、") + "）"
}

// Status is the state of a task in the weekly check-off (销号制).
type Status string

// The four states of a task. 已销号 follows 已完成 once the office has
// checked the result off the weekly list.
const (
	NotStarted Status = "未启动"
	InProgress Status = "推进中"
	Done       Status = "已完成"
	CheckedOff Status = "已销号"
)

// Statuses lists the states in their natural order.
var Statuses = []Status{NotStarted, InProgress, Done, CheckedOff}

// Finished reports whether the task needs no more work.
func (s Status) Finished() bool { return s == Done || s == CheckedOff }

// Task is a dated piece of work.
//
// Text is the sentence as the work plan writes it, period phrase included
// ("2月初，制定……"), so the plan can be regenerated word for word; Title is
// the short name tables and lists use.
type Task struct {
	ID       string        `yaml:"id" json:"id" title:"标识"`
	Title    string        `yaml:"title" json:"title" title:"任务名称" description:"表格和清单中显示的简短名称"`
	Text     string        `yaml:"text" json:"text" title:"方案原文" description:"工作方案中的完整句子，含时间；不写入工作方案的任务（如专项活动的具体任务）不填"`
	Period   period.Period `yaml:"period" json:"period" title:"期限（完成时限）" description:"如：2月中旬、6月底前、2023年1月15日前、三季度末、每季度最后一个月30日前、长期坚持；不写为无到期日"`
	Phase    string        `yaml:"phase,omitempty" json:"phase,omitempty" title:"所属步骤" description:"步骤 id，可省略"`
	Category string        `yaml:"category,omitempty" json:"category,omitempty" title:"所属类别" description:"类别 id，可省略"`
	Group    string        `yaml:"group,omitempty" json:"group,omitempty" title:"责任工作组" description:"工作组 id，可省略"`
	Activity string        `yaml:"activity,omitempty" json:"activity,omitempty" title:"所属专项活动" description:"专项活动 id，可省略"`
	Lead     []string      `yaml:"lead,omitempty" json:"lead,omitempty" title:"牵头单位" description:"单位 id 列表；不写时继承专项活动或类别的 lead"`
	Units    []string      `yaml:"units,omitempty" json:"units,omitempty" title:"责任单位" description:"单位 id 列表；原文组内用“、”、组间用“，”时，在两组之间写一个 ，，如 [gxj, zjj, ，, xzjd]；原文末尾有“等”的，最后写一个 等，如 [swj, gzw, 等]；两单位之间用“及”连接的，在其间写一个 及（lead 同样可写）；不写时继承专项活动或类别的 units"`
	// Leaders and Persons are people, not units: the 责任领导 (咸安's
	// 「（责任领导：洪声耀；…）」) and the 责任人 (郧阳's table column) a
	// published division names beside the units.
	Leaders []string `yaml:"leaders,omitempty" json:"leaders,omitempty" title:"责任领导" description:"姓名列表，如 [洪声耀]；列表版式印“责任领导：……”一行，表格在“责任领导”列"`
	Persons []string `yaml:"persons,omitempty" json:"persons,omitempty" title:"责任人" description:"姓名或职务列表，如 [各单位主要负责人]；列表版式印“责任人：……”一行，表格在“责任人”列"`
	// Values are what a published table prints of a task besides the
	// fields above, under headers of the office's own (旌阳's 分值 3, 2,
	// 0.5 …; 考核方式, 备注-like free text): a column of division.columns
	// headed with a value's name shows it, the list prints it as a
	// labelled line when the columns name it.
	Values map[string]string `yaml:"values,omitempty" json:"values,omitempty" title:"其他各项" description:"表格中任务自己的其他各项，名称为键、内容为值，如 {分值: 3, 考核方式: 年终考核}；division.columns 中写上与名称相同的表头即在该列印出（列表版式印作“分值：3”一行）；牵头单位、责任单位、完成时限、责任领导、责任人、备注各有字段，不写在这里"`
	// Tags let an attachment of several (衢州's 重点工作任务分解, 民生实事,
	// 重大项目) pick its tasks by what they are, not by category.
	Tags []string `yaml:"tags,omitempty" json:"tags,omitempty" title:"标签" description:"供附件按标签选取任务（附件的 tag），如 [民生实事]"`
	// Deliverable is what the task produces (a plan, a notice, a meeting).
	Deliverable string     `yaml:"deliverable,omitempty" json:"deliverable,omitempty" title:"成果形式" description:"如：总体方案、通知、会议"`
	Status      Status     `yaml:"status,omitempty" json:"status,omitempty" title:"状态" description:"未启动、推进中、已完成、已销号；不写为未启动" enum:"未启动,推进中,已完成,已销号"`
	DoneOn      *time.Time `yaml:"done_on,omitempty" json:"done_on,omitempty" title:"完成日期" description:"YYYY-MM-DD"`
	// Reported records the occurrences of a recurring deadline met so far,
	// in order: the nth date meets the nth due date (每季度报送).
	Reported []time.Time `yaml:"reported,omitempty" json:"reported,omitempty" title:"各次完成日期" description:"周期性期限（如 每季度最后一个月30日前）已完成的各次日期，按次序对应各次期限，YYYY-MM-DD"`
	// Submitted records the reports made under the reporting rule that
	// covers the task, in order: the nth date meets its nth occurrence.
	Submitted []time.Time `yaml:"submitted,omitempty" json:"submitted,omitempty" title:"各次报送日期" description:"按报送要求（reporting）已报送的各次日期，按次序对应各次报送时限，YYYY-MM-DD"`
	// UnitsSubmitted are the reports the responsible units made under
	// the rule of by: 责任单位 that covers the task, in order.
	UnitsSubmitted []time.Time `yaml:"units_submitted,omitempty" json:"units_submitted,omitempty" title:"责任单位各次报送日期" description:"按责任单位的报送要求（reporting 中 by: 责任单位）已报送的各次日期，按次序对应各次报送时限，YYYY-MM-DD"`
	Notes          string      `yaml:"notes,omitempty" json:"notes,omitempty" title:"备注" description:"进展情况"`
	// Record is what was done, apart from the plan's Text.
	Record Record `yaml:"record,omitempty" json:"record,omitempty" title:"工作记录" description:"实际完成情况、进展记录、数据和存在问题，与方案原文分开"`
	// JoinPrevious puts the task in the same paragraph of the work plan as
	// the task before it, as the seed does with 2月下旬's two notices.
	JoinPrevious bool `yaml:"join_previous,omitempty" json:"join_previous,omitempty" title:"与上一任务同段" description:"在工作方案中与上一任务写在同一段"`
}

// Cadence is a standing meeting rule (会议制度): 每周工作例会, 每季度主任会议, ….
type Cadence struct {
	ID    string `yaml:"id" json:"id" title:"标识"`
	Name  string `yaml:"name" json:"name" title:"会议名称" description:"如：工作例会"`
	Every string `yaml:"every" json:"every" title:"频次" description:"每周、每月、每季度、每半年、适时、即时，或期限文字如 5月左右"`
	// Months names the months of a meeting held in named months (5 and 9
	// for the two 牵头单位会议).
	Months    []int    `yaml:"months,omitempty" json:"months,omitempty" title:"召开月份" description:"指定月份召开时填写，如 [5, 9]"`
	Weekday   int      `yaml:"weekday,omitempty" json:"weekday,omitempty" title:"星期" description:"每周会议在星期几召开，1–5"`
	Organiser string   `yaml:"organiser,omitempty" json:"organiser,omitempty" title:"组织者" description:"工作组 id"`
	Attendees []string `yaml:"attendees,omitempty" json:"attendees,omitempty" title:"参会" description:"单位或工作组 id"`
	Place     string   `yaml:"place,omitempty" json:"place,omitempty" title:"地点"`
	Agenda    []string `yaml:"agenda,omitempty" json:"agenda,omitempty" title:"议程"`
}

// Meeting is a meeting that was held (or is fixed), with its minutes data.
type Meeting struct {
	ID        string     `yaml:"id" json:"id" title:"标识"`
	Cadence   string     `yaml:"cadence,omitempty" json:"cadence,omitempty" title:"会议制度" description:"cadence id"`
	Name      string     `yaml:"name" json:"name" title:"会议名称"`
	Date      time.Time  `yaml:"date" json:"date" title:"日期" description:"YYYY-MM-DD"`
	Time      string     `yaml:"time,omitempty" json:"time,omitempty" title:"时间" description:"如 9:00"`
	Place     string     `yaml:"place,omitempty" json:"place,omitempty" title:"地点"`
	Chair     string     `yaml:"chair,omitempty" json:"chair,omitempty" title:"主持人"`
	Attendees []string   `yaml:"attendees,omitempty" json:"attendees,omitempty" title:"出席" description:"姓名或单位 id"`
	Absent    []string   `yaml:"absent,omitempty" json:"absent,omitempty" title:"请假"`
	Observers []string   `yaml:"observers,omitempty" json:"observers,omitempty" title:"列席"`
	Agenda    []string   `yaml:"agenda,omitempty" json:"agenda,omitempty" title:"议程"`
	Decisions []Decision `yaml:"decisions,omitempty" json:"decisions,omitempty" title:"议定事项"`
	// Record is what the meeting achieved, as for a task.
	Record Record `yaml:"record,omitempty" json:"record,omitempty" title:"会议记录" description:"会议成果、进展记录、数据和存在问题"`
}

// Decision is an item of a meeting's minutes: who does what by when.
type Decision struct {
	Text  string     `yaml:"text" json:"text" title:"内容"`
	Owner string     `yaml:"owner,omitempty" json:"owner,omitempty" title:"责任单位" description:"单位或工作组 id"`
	Due   *time.Time `yaml:"due,omitempty" json:"due,omitempty" title:"完成时限" description:"YYYY-MM-DD"`
	// Status, DoneOn and Notes record the decision's check-off as a task's
	// do; gongwen import writes them back from the weekly list's 会议议定事项
	// sheet. An empty Status means 未启动 (see State).
	Status Status     `yaml:"status,omitempty" json:"status,omitempty" title:"状态" description:"未启动、推进中、已完成、已销号；不填为未启动" enum:"未启动,推进中,已完成,已销号"`
	DoneOn *time.Time `yaml:"done_on,omitempty" json:"done_on,omitempty" title:"完成日期" description:"YYYY-MM-DD"`
	Notes  string     `yaml:"notes,omitempty" json:"notes,omitempty" title:"备注" description:"办理情况"`
}

// State is the decision's status, 未启动 when the data gives none.
func (d *Decision) State() Status {
	if d.Status == "" {
		return NotStarted
	}
	return d.Status
}

// Briefings is the briefing plan (简报计划) and the issues published.
type Briefings struct {
	Name      string             `yaml:"name" json:"name" title:"简报名称" description:"报头文字，如：“学创”活动简报"`
	Editor    string             `yaml:"editor" json:"editor" title:"编印单位"`
	Every     string             `yaml:"every" json:"every" title:"频次" description:"如：每月"`
	Principle string             `yaml:"principle,omitempty" json:"principle,omitempty" title:"编发原则" description:"如：简报要简，以综合、综述类简报为主"`
	Themes    []BriefingTheme    `yaml:"themes" json:"themes" title:"各期重点" description:"各时段的宣传重点"`
	Issues    []Briefing         `yaml:"issues,omitempty" json:"issues,omitempty" title:"已编发各期"`
	Send      BriefingRecipients `yaml:"send" json:"send" title:"报送范围" description:"报、送、发"`
}

// BriefingTheme is what the briefings of a period concentrate on.
type BriefingTheme struct {
	Period period.Period `yaml:"period" json:"period" title:"时段" description:"如：3月、4-5月、6月左右"`
	Theme  string        `yaml:"theme" json:"theme" title:"重点" description:"如：各专项活动启动实施情况"`
	// Kind says whether the briefings of the period report news (动态) or
	// review the whole (综述).
	Kind string `yaml:"kind,omitempty" json:"kind,omitempty" title:"类型" description:"宣传或综述"`
}

// Briefing is one published issue (第X期).
type Briefing struct {
	Number   int       `yaml:"number" json:"number" title:"期号"`
	Date     time.Time `yaml:"date" json:"date" title:"编印日期" description:"YYYY-MM-DD"`
	Copies   int       `yaml:"copies,omitempty" json:"copies,omitempty" title:"印数"`
	Note     string    `yaml:"note,omitempty" json:"note,omitempty" title:"编者按"`
	Articles []Article `yaml:"articles" json:"articles" title:"文章"`
}

// Article is one article of a briefing.
type Article struct {
	Title string   `yaml:"title" json:"title" title:"标题"`
	Body  []string `yaml:"body" json:"body" title:"段落"`
}

// BriefingRecipients is the 报/送/发 footer of a briefing.
type BriefingRecipients struct {
	Report []string `yaml:"report" json:"report" title:"报" description:"上级领导机关"`
	Send   []string `yaml:"send" json:"send" title:"送"`
	Issue  []string `yaml:"issue" json:"issue" title:"发"`
}

// DocumentKind names a kind of official draft.
type DocumentKind string

// The kinds of documents the office issues.
const (
	Notice        DocumentKind = "通知"
	IssueNotice   DocumentKind = "印发通知"
	Speech        DocumentKind = "讲话稿"
	Plan          DocumentKind = "工作方案"
	Division      DocumentKind = "责任分工"
	BriefingDoc   DocumentKind = "简报"
	Summary       DocumentKind = "总结"
	Report        DocumentKind = "汇报"
	MeetingNotice DocumentKind = "会议通知"
	Minutes       DocumentKind = "会议纪要"
	Supervision   DocumentKind = "督办通知"
)

// Document is a document to issue. Its numbering (一、（一）1.（1）) comes from
// the nesting of Sections, never from the text.
type Document struct {
	ID         string       `yaml:"id" json:"id" title:"标识"`
	Kind       DocumentKind `yaml:"kind" json:"kind" title:"文种" enum:"通知,印发通知,讲话稿,工作方案,责任分工,简报,总结,汇报,会议通知,会议纪要,督办通知"`
	Organs     []string     `yaml:"organs,omitempty" json:"organs,omitempty" title:"发文机关" description:"profile.organs 中的 id；联合发文时主办机关在前"`
	DocNo      string       `yaml:"doc_no,omitempty" json:"doc_no,omitempty" title:"发文字号" description:"如：鄂办发〔2013〕5号"`
	Format     string       `yaml:"format,omitempty" json:"format,omitempty" title:"版式" description:"文件 或 信函（信函格式：红色双线，发文字号在其下）；不填为文件" enum:"文件,信函"`
	CopyNo     string       `yaml:"copy_no,omitempty" json:"copy_no,omitempty" title:"份号" description:"6位数字"`
	Secret     string       `yaml:"secret,omitempty" json:"secret,omitempty" title:"密级和保密期限" description:"如：秘密★1年"`
	Urgency    string       `yaml:"urgency,omitempty" json:"urgency,omitempty" title:"紧急程度" description:"特急或加急"`
	Signer     []string     `yaml:"signer,omitempty" json:"signer,omitempty" title:"签发人" description:"上行文填写"`
	Title      string       `yaml:"title" json:"title" title:"标题" description:"如：关于在全省开展……的通知"`
	Subtitle   string       `yaml:"subtitle,omitempty" json:"subtitle,omitempty" title:"副标题" description:"责任分工文件标题下居中的一行（楷体），如“（共计121项）”；写 {{n}} 即印所列任务的项数、{{k}} 即印第一级类别数，如“（共计{{n}}项）”；写了数字的，validate 与所列任务的项数核对"`
	Recipients []string     `yaml:"recipients,omitempty" json:"recipients,omitempty" title:"主送机关"`
	Opening    string       `yaml:"opening,omitempty" json:"opening,omitempty" title:"开头" description:"缘由段落，排在“一、”之前、不编号；写成 opening: | 的多行时每行一段（如开头两段、第二段不编号的通知）"`
	Sections   []Section    `yaml:"sections,omitempty" json:"sections,omitempty" title:"正文" description:"分层次的正文，层次序号自动生成"`
	// Numbering and HeadingEnd choose how the sections are numbered and
	// how a heading that runs into its text ends, as the office writes.
	Numbering   []string     `yaml:"numbering,omitempty" json:"numbering,omitempty" title:"各级序号" description:"正文各层次的序号样式，依次为第一、二、……级，如 [一、, 1.]；写“无”的一级不编序号；不写为 一、（一）1.（1）"`
	HeadingEnd  string       `yaml:"heading_end,omitempty" json:"heading_end,omitempty" title:"段首标题后的标点" description:"标题后接正文（如“1.加强领导”后接正文）时，标题末尾没有标点的加“。”（默认）；写 无 则照原文不加" enum:"。,无"`
	Closing     string       `yaml:"closing,omitempty" json:"closing,omitempty" title:"结尾" description:"如：特此通知。"`
	Attachments []Attachment `yaml:"attachments,omitempty" json:"attachments,omitempty" title:"附件"`
	Signature   []string     `yaml:"signature,omitempty" json:"signature,omitempty" title:"署名" description:"省略时取发文机关全称"`
	Date        *time.Time   `yaml:"date,omitempty" json:"date,omitempty" title:"成文日期" description:"YYYY-MM-DD"`
	Note        string       `yaml:"note,omitempty" json:"note,omitempty" title:"附注" description:"如：此件公开发布（不含括号）"`
	CC          []string     `yaml:"cc,omitempty" json:"cc,omitempty" title:"抄送机关"`
	Printer     string       `yaml:"printer,omitempty" json:"printer,omitempty" title:"印发机关"`
	PrintDate   *time.Time   `yaml:"print_date,omitempty" json:"print_date,omitempty" title:"印发日期" description:"YYYY-MM-DD"`
	// Task links the document to the task that issues it.
	Task    string `yaml:"task,omitempty" json:"task,omitempty" title:"对应任务" description:"task id"`
	Speaker string `yaml:"speaker,omitempty" json:"speaker,omitempty" title:"讲话人" description:"讲话稿填写，如：省委领导同志"`
	Meeting string `yaml:"meeting,omitempty" json:"meeting,omitempty" title:"会议" description:"讲话稿、会议通知、纪要对应的会议 id 或名称"`
}

// Section is a numbered part of a document body. Level 1 is numbered 一、,
// level 2 （一）, level 3 1., level 4 （1）. Without a heading its first
// paragraph is body text that begins with the number.
type Section struct {
	Heading    string   `yaml:"heading,omitempty" json:"heading,omitempty" title:"标题" description:"不写序号"`
	Paragraphs []string `yaml:"paragraphs,omitempty" json:"paragraphs,omitempty" title:"段落" description:"不写标题时，第一段以本层次的序号开头，作正文（仿宋、首行缩进）排，如“一、各责任单位要高度重视……”"`
	// RunIn puts the heading at the start of its first paragraph, as
	// offices write 「一、提高责任意识，科学制订办理方案。各责任单位……」:
	// the heading in its level's font, the text in 仿宋, one paragraph
	// that flows like body text.
	RunIn    bool      `yaml:"run_in,omitempty" json:"run_in,omitempty" title:"标题接正文" description:"true：标题与第一段排在同一段，如“一、提高责任意识，科学制订办理方案。各责任单位……”（标题用本级字体，正文用仿宋）；不写时一、（一）级标题单独成行"`
	Sections []Section `yaml:"sections,omitempty" json:"sections,omitempty" title:"下级层次"`
	// Tasks places the division's list in this section, after its
	// paragraphs: a 方案 of 「一、总体要求 二、主要任务（任务列表）
	// 三、保障措施」.
	Tasks bool `yaml:"tasks,omitempty" json:"tasks,omitempty" title:"任务列表在此" description:"只用于责任分工文件（列表版式）：true 则任务列表排在这一层次的段落之后（如“二、主要任务”之下，其后还有“三、保障措施”）；类别用下一级序号（不写 division.numbering 时接着正文的层次，如（一）、1.）"`
}

// Attachment is an attachment of a document: its title and, where it is
// generated, what it is generated from (a document id, or "division" for the
// responsibility table).
type Attachment struct {
	Title  string `yaml:"title" json:"title" title:"附件名称"`
	Source string `yaml:"source,omitempty" json:"source,omitempty" title:"内容来源" description:"文件 id，division（责任分工表）或 groups（办公室各组及其主要职责）；不写则附件页只留待填写的提示"`
	// Subtitle is the line under the attachment's title (繁昌's
	// 「（合计7个方面，……）」); for a source document, its own by default.
	Subtitle string `yaml:"subtitle,omitempty" json:"subtitle,omitempty" title:"副标题" description:"附件标题下居中的一行（楷体），如“（共计121项）”；写 {{n}} 即印本附件所列任务的项数、{{k}} 即印第一级类别数；不写时取来源文件的 subtitle"`
	// Listed says whether an 印发通知's attachment is an 附件 in the sense
	// of GB/T 9704 7.3.4 and 7.3.7 (in the 附件说明, labelled 附件1). What
	// an 印发通知 issues is by default not one, but published notices also
	// list the issued documents as 附件, or attach forms besides them; the
	// data says which. Other kinds list every attachment.
	Listed *bool `yaml:"listed,omitempty" json:"listed,omitempty" title:"列为附件" description:"只用于印发通知：true 则写入附件说明（附件：1.……），附件页左上角标“附件1”等，如印发通知在文末列出所印发的文件，或所印发的方案之外另附表格；不写时印发通知所印发的文件不作附件（不写附件说明、不加附件标识）。其他文种的附件都列入附件说明"`
	// Categories, Tasks and Tag pick the tasks of a division attachment
	// (source: division) when a notice issues several (衢州 衢政办发〔2021〕3号:
	// 重点工作任务分解, 十方面民生实事, 重大项目, each its own table): a
	// task picked by any of them is in it. Without them it has every task.
	Categories []string `yaml:"categories,omitempty" json:"categories,omitempty" title:"所列类别" description:"只用于 source: division：列出这些类别（含下级类别）的任务；只写一个类别时，该类别即本附件，其标题不再印出，其下级类别为本附件的第一级。与 tasks、tag 任一选中即列入；都不写时列出全部任务"`
	Tasks      []string `yaml:"tasks,omitempty" json:"tasks,omitempty" title:"所列任务" description:"只用于 source: division：列出这些任务（任务 id 列表）"`
	Tag        string   `yaml:"tag,omitempty" json:"tag,omitempty" title:"所列标签" description:"只用于 source: division：列出 tags 中有此标签的任务"`
	// Division is the attachment's own layout, over the data's division:
	// what it writes replaces the data's, the rest is the data's.
	Division DivisionLayout `yaml:"division,omitempty" json:"division,omitempty" title:"本附件的版式" description:"只用于 source: division：本附件的表格或列表、各列、序号等，写法同顶层 division；写了的项代替顶层 division 的，没写的照顶层"`
}

// IsListed reports whether the attachment a of a document of kind k goes
// into the 附件说明 and is labelled 附件: every attachment but what an
// 印发通知 issues without saying listed: true.
func (a Attachment) IsListed(k DocumentKind) bool {
	if k != IssueNotice {
		return true
	}
	return a.Listed != nil && *a.Listed
}

// Requirement is one of the plan's 工作要求: a short title and its text.
type Requirement struct {
	Title string `yaml:"title" json:"title" title:"要求" description:"如：明确工作职责"`
	Text  string `yaml:"text" json:"text" title:"内容"`
}

// WorkPlan holds the prose of the 综合组's work plan that is not a task,
// duty or requirement.
type WorkPlan struct {
	Group          string   `yaml:"group" json:"group" title:"制定方案的工作组" description:"工作组 id"`
	TitleLines     []string `yaml:"title_lines" json:"title_lines" title:"标题各行"`
	Opening        string   `yaml:"opening" json:"opening" title:"开头段"`
	GuidingThought string   `yaml:"guiding_thought" json:"guiding_thought" title:"指导思想"`
	DutiesIntro    string   `yaml:"duties_intro" json:"duties_intro" title:"职责引语" description:"如：……综合组的主要职责："`
	TasksIntro     string   `yaml:"tasks_intro" json:"tasks_intro" title:"任务引语" description:"工作任务部分的总述段"`
}

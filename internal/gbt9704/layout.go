// Package gbt9704 holds the figures of GB/T 9704-2012 《党政机关公文格式》 as
// WordprocessingML values, and a linter that checks a Word document against
// them. The built-in templates are generated from these constants and the
// linter checks any document with the same constants, so the two cannot
// disagree.
package gbt9704

// Page setup, in twentieths of a point (twips) unless said otherwise.
const (
	PageWidth    = 11906 // A4 210 mm
	PageHeight   = 16838 // A4 297 mm
	MarginTop    = 2098  // 天头 37 mm
	MarginBottom = 1984  // 35 mm
	MarginLeft   = 1588  // 订口 28 mm
	MarginRight  = 1474  // 26 mm
	// TypeWidth and TypeHeight are the 版心, 156 × 225 mm.
	TypeWidth  = PageWidth - MarginLeft - MarginRight
	TypeHeight = PageHeight - MarginTop - MarginBottom
	// MarginTolerance is the ±1 mm the standard allows for margins.
	MarginTolerance = 57

	// LinePitch puts 22 lines in the type area (28.95 pt a line).
	LinePitch = 579
	// CharSpace is w:charSpace (4096ths of a point added to the 16 pt
	// default character) that puts 28 characters on a line:
	// 8844/20/28 − 16 = −0.2071 pt ≈ −849/4096.
	CharSpace = -849
	// CharCondense is the w:spacing (twentieths of a point) of every run in
	// the built-in templates: 16 pt characters condensed by 0.25 pt make 28
	// a line (28 × 15.75 ≤ 442.2 pt). The templates use a line grid
	// (w:docGrid w:type="lines") and this condensing rather than a
	// character grid (linesAndChars with CharSpace): LibreOffice puts a
	// 16 pt character into two cells of a 15.8 pt character grid, which
	// halves the characters a line in its previews; condensed text gives 28
	// in Word, WPS and LibreOffice alike.
	CharCondense = -5
	// TitleLine is the exact line height of title lines (2号 characters
	// are taller than one grid line in most fonts).
	TitleLine = 640
	// LinesPerPage and CharsPerLine are what the grid gives.
	LinesPerPage = 22
	CharsPerLine = 28

	// HeaderDistance is where a (normally empty) header sits.
	HeaderDistance = 851
	// FooterDistance puts the top of a 14 pt page-number line 7 mm below
	// the type area: 1984 − 397 (7 mm) − 280 (line) ≈ 1304.
	FooterDistance = 1304
	// PageNumberLine is the exact line height of the page-number paragraph.
	PageNumberLine = 280

	// Indent is two characters at 三号 (first-line indent of body text).
	Indent = 640
	// Char is one character at 三号.
	Char = 320
)

// Font sizes in half-points (w:sz).
const (
	SizeChu     = 84 // 初号 42 pt
	SizeXiaoChu = 72 // 小初 36 pt
	SizeYi      = 52 // 一号 26 pt
	SizeXiaoYi  = 48 // 小一 24 pt
	SizeEr      = 44 // 二号 22 pt: title
	SizeXiaoEr  = 36 // 小二 18 pt
	SizeSan     = 32 // 三号 16 pt: body, headings, 发文字号
	SizeXiaoSan = 30 // 小三 15 pt
	SizeSi      = 28 // 四号 14 pt: page numbers, 版记
	SizeXiaoSi  = 24 // 小四 12 pt
	SizeWu      = 21 // 五号 10.5 pt
)

// Sizes used by role.
const (
	SizeTitle      = SizeEr
	SizeBody       = SizeSan
	SizePageNumber = SizeSi
	SizeColophon   = SizeSi
	// SizeMark is the size the built-in templates give the 发文机关标志; the
	// standard leaves it open (醒目、美观、庄重), 小初 fits 12 characters.
	SizeMark = SizeXiaoChu - 12 // 30 pt
	// SizeMasthead is the 简报 masthead (小初–初号 in practice).
	SizeMasthead = SizeXiaoChu
)

// MarkSizes are the sizes, largest first, the built-in templates give a
// 发文机关标志: SizeMark, then smaller ones for marks too long for one line
// at 30 pt (a mark broken onto two lines is neither 醒目 nor 庄重).
var MarkSizes = []int{SizeMark, 54, 48, 42, 36} // 30, 27, 24, 21, 18 pt

// Rules (borders) in eighths of a point (w:sz of w:bdr).
const (
	// RedRule is the 红色分隔线, 0.5 mm ≈ 1.5 pt.
	RedRule = 12
	// ColophonThick is the first and last rule of the 版记, 0.35 mm ≈ 1 pt.
	ColophonThick = 8
	// ColophonThin is the middle rules of the 版记, 0.25 mm ≈ 0.75 pt.
	ColophonThin = 6
)

// DefaultRed is the red of the 发文机关标志 and the red rule.
const DefaultRed = "FF0000"

// Default fonts by role (w:eastAsia names as Word and WPS know them).
const (
	FontTitle = "方正小标宋简体"
	FontBody  = "仿宋_GB2312"
	FontKai   = "楷体_GB2312"
	FontHei   = "黑体"
	FontSong  = "宋体"
	FontLatin = "Times New Roman"
)

// Style ids of the built-in templates. The linter knows them, also under
// another id by the names Word shows (公文标题, 版记: see builtinStyles),
// and finds the roles of paragraphs in other documents by their look.
const (
	StyleTitle     = "gwTitle"     // 公文标题
	StyleMark      = "gwMark"      // 发文机关标志
	StyleDocNo     = "gwDocNo"     // 发文字号
	StyleBody      = "gwBody"      // 正文
	StyleH1        = "gwH1"        // 一级标题 一、
	StyleH2        = "gwH2"        // 二级标题 （一）
	StyleH3        = "gwH3"        // 三级标题 1.
	StyleH4        = "gwH4"        // 四级标题 （1）
	StyleColophon  = "gwColophon"  // 版记
	StylePageNum   = "gwPageNum"   // 页码
	StyleTable     = "gwTable"     // 表格文字
	StyleRecipient = "gwRecipient" // 主送机关
	StyleArticle   = "gwArticle"   // 简报的文章标题
)

// DocNoPattern is the form of a 发文字号: 鄂办发〔2013〕5号.
const DocNoPattern = `^[^〔〕\s]+〔\d{4}〕[1-9]\d*号$`

// DatePattern is the form of a 成文日期: 2013年4月9日, no zero padding.
const DatePattern = `^\d{4}年[1-9]\d?月[1-9]\d?日$`

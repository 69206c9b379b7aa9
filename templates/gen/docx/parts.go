package main

import (
	"fmt"
	"strings"

	g "gongwen/internal/gbt9704"
)

const contentTypes = xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const rootRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>` +
	`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>` +
	`</Relationships>`

// core carries the title as a template action: the engine fills it in.
func core(title string) string {
	return xmlPI + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:creator>gongwen</dc:creator></cp:coreProperties>`
}

const app = xmlPI + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>gongwen</Application></Properties>`

const settings = xmlPI + `<w:settings ` + nsW + `>` +
	`<w:zoom w:percent="100"/>` +
	`<w:defaultTabStop w:val="420"/>` +
	// Odd pages carry the page number on the right, even pages on the left.
	`<w:evenAndOddHeaders/>` +
	`<w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:balanceSingleByteDoubleByteWidth/><w:adjustLineHeightInTable/><w:useFELayout/>` +
	`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
	`</w:settings>`

func fontTable() string {
	var b strings.Builder
	b.WriteString(xmlPI + `<w:fonts ` + nsW + `>`)
	for _, f := range []struct{ name, family string }{
		{g.FontLatin, "roman"}, {g.FontBody, "modern"}, {g.FontKai, "modern"},
		{g.FontHei, "modern"}, {g.FontSong, "auto"}, {g.FontTitle, "script"},
	} {
		charset := `<w:charset w:val="86"/>`
		if f.name == g.FontLatin {
			charset = `<w:charset w:val="00"/>`
		}
		fmt.Fprintf(&b, `<w:font w:name="%s">%s<w:family w:val="%s"/><w:pitch w:val="variable"/></w:font>`, f.name, charset, f.family)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// styles writes the document defaults and the gw* styles. Every style
// names its east-Asian font; the first-line indent lives in 正文 and the
// heading styles, never in the defaults, so titles, cells and page numbers
// do not inherit it.
func styles() string {
	var b strings.Builder
	b.WriteString(xmlPI + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + fonts(g.FontBody, g.FontLatin) +
		fmt.Sprintf(`<w:spacing w:val="%d"/><w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, g.CharCondense, g.SizeBody, g.SizeBody) +
		`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	style := func(id, name, basedOn string, p ppr, r rpr, extra string) {
		based := ""
		if basedOn != "" {
			based = `<w:basedOn w:val="` + basedOn + `"/>`
		}
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>%s<w:qFormat/>%s%s%s</w:style>`,
			id, name, based, extra, p.String(), r.String())
	}
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr>` +
		rpr{font: g.FontBody, size: g.SizeBody}.String() + `</w:style>`)
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)

	indent := fmt.Sprintf(`w:firstLineChars="200" w:firstLine="%d"`, g.Indent)
	style(g.StyleBody, "公文正文", "Normal", ppr{ind: indent}, rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(g.StyleTitle, "公文标题", "Normal", ppr{keepNext: true, noGrid: true, spacing: fmt.Sprintf(`w:before="0" w:after="0" w:line="%d" w:lineRule="exact"`, g.TitleLine), jc: "center"},
		rpr{font: g.FontTitle, size: g.SizeTitle}, "")
	style(g.StyleMark, "发文机关标志", "Normal", ppr{noGrid: true, spacing: `w:before="240" w:after="0" w:line="240" w:lineRule="auto"`, jc: "center"},
		rpr{font: g.FontTitle, color: g.DefaultRed, size: g.SizeMark}, "")
	style(g.StyleDocNo, "发文字号", "Normal", ppr{jc: "center"}, rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(g.StyleRecipient, "主送机关", "Normal", ppr{}, rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(g.StyleH1, "一级标题", g.StyleBody, ppr{keepNext: true, ind: indent}, rpr{font: g.FontHei, size: g.SizeBody}, "")
	style(g.StyleH2, "二级标题", g.StyleBody, ppr{keepNext: true, ind: indent}, rpr{font: g.FontKai, size: g.SizeBody}, "")
	style(g.StyleH3, "三级标题", g.StyleBody, ppr{ind: indent}, rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(g.StyleH4, "四级标题", g.StyleBody, ppr{ind: indent}, rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(styleLabel, "附件标识", "Normal", ppr{}, rpr{font: g.FontHei, size: g.SizeBody}, "")
	// 附件说明: "附件：" two characters in; wrapped lines align with the
	// first character of the name, after "1." when the attachments are
	// numbered (the number, half-width digits and a point, is taken as one
	// character).
	style(styleNote, "附件说明", g.StyleBody,
		ppr{ind: fmt.Sprintf(`w:left="%d" w:hanging="%d"`, g.Indent+4*g.Char, 4*g.Char)},
		rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(styleNoteOne, "附件说明（单个）", g.StyleBody,
		ppr{ind: fmt.Sprintf(`w:left="%d" w:hanging="%d"`, g.Indent+3*g.Char, 3*g.Char)},
		rpr{font: g.FontBody, size: g.SizeBody}, "")
	style(styleSub, "副标题", "Normal", ppr{jc: "center"}, rpr{font: g.FontKai, size: g.SizeBody}, "")
	style(g.StyleColophon, "版记", "Normal",
		ppr{noGrid: true, spacing: `w:before="0" w:after="0" w:line="400" w:lineRule="exact"`,
			ind: fmt.Sprintf(`w:left="%d" w:right="%d"`, g.Char, g.Char), jc: "left"},
		rpr{font: g.FontBody, size: g.SizeColophon}, "")
	style(g.StyleTable, "表格文字", "Normal",
		ppr{noGrid: true, spacing: `w:before="0" w:after="0" w:line="320" w:lineRule="exact"`, jc: "center"},
		rpr{font: g.FontBody, size: g.SizeXiaoSi}, "")
	style(styleTableHead, "表头文字", g.StyleTable, ppr{}, rpr{font: g.FontHei, size: g.SizeXiaoSi}, "")
	style(g.StylePageNum, "页码", "Normal",
		ppr{noGrid: true, spacing: fmt.Sprintf(`w:before="0" w:after="0" w:line="%d" w:lineRule="exact"`, g.PageNumberLine)},
		rpr{font: g.FontSong, latin: g.FontSong, size: g.SizePageNumber}, "")
	style(styleMasthead, "简报报头", "Normal", ppr{noGrid: true, spacing: `w:before="240" w:after="240" w:line="240" w:lineRule="auto"`, jc: "center"},
		rpr{font: g.FontTitle, color: g.DefaultRed, size: g.SizeMasthead}, "")
	style(styleArticle, "文章标题", "Normal", ppr{keepNext: true, jc: "center"}, rpr{font: g.FontTitle, size: g.SizeXiaoEr}, "")
	style(styleRule, "分隔线", "Normal", ppr{noGrid: true, spacing: `w:before="0" w:after="0" w:line="120" w:lineRule="exact"`},
		rpr{size: 4}, "")
	b.WriteString(`</w:styles>`)
	return b.String()
}

// Style ids used only by the generator.
const (
	styleLabel     = "gwLabel"
	styleNote      = "gwNote"
	styleNoteOne   = "gwNoteOne"
	styleSub       = "gwSub"
	styleTableHead = "gwTableHead"
	styleMasthead  = "gwMasthead"
	styleArticle   = "gwArticle"
	styleRule      = "gwRule"
)

// footer is a page-number footer: "— N —" in 4号宋体, one character in
// from the right (odd pages) or the left (even pages).
func footer(odd bool) string {
	p := ppr{style: g.StylePageNum, jc: "left", ind: fmt.Sprintf(`w:left="%d"`, g.Char)}
	if odd {
		p.jc, p.ind = "right", fmt.Sprintf(`w:right="%d"`, g.Char)
	}
	return xmlPI + `<w:ftr ` + nsW + ` ` + nsR + `>` +
		`<w:p>` + p.String() + run(rpr{}, "— ") +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		run(rpr{}, " —") + `</w:p></w:ftr>`
}

// sectPr is the page setup of GB/T 9704: A4, the margins of the 版心,
// 22 lines of 28 characters, odd and even footers.
func sectPr() string {
	return `<w:sectPr><w:footerReference w:type="default" r:id="rId5"/><w:footerReference w:type="even" r:id="rId6"/>` +
		fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, g.PageWidth, g.PageHeight) +
		fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
			g.MarginTop, g.MarginRight, g.MarginBottom, g.MarginLeft, g.HeaderDistance, g.FooterDistance) +
		`<w:cols w:space="425"/>` +
		fmt.Sprintf(`<w:docGrid w:type="lines" w:linePitch="%d"/>`, g.LinePitch) +
		`</w:sectPr>`
}

// document wraps body paragraphs into word/document.xml.
func document(body ...string) string {
	return xmlPI + `<w:document ` + nsW + ` ` + nsR + `><w:body>` + strings.Join(body, "") + sectPr() + `</w:body></w:document>`
}

// theme is a complete Office theme whose major and minor fonts name the
// Chinese fonts for the east-Asian script, so Word and WPS never fall back
// to a font the office does not use.
func theme() string {
	colors := ""
	for _, c := range []struct{ name, val string }{
		{"accent1", "4472C4"}, {"accent2", "ED7D31"}, {"accent3", "A5A5A5"}, {"accent4", "FFC000"},
		{"accent5", "5B9BD5"}, {"accent6", "70AD47"}, {"hlink", "0563C1"}, {"folHlink", "954F72"},
	} {
		colors += fmt.Sprintf(`<a:%s><a:srgbClr val="%s"/></a:%s>`, c.name, c.val, c.name)
	}
	font := func(tag, ea string) string {
		return fmt.Sprintf(`<a:%s><a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface=""/><a:font script="Hans" typeface="%s"/></a:%s>`,
			tag, g.FontLatin, ea, ea, tag)
	}
	fill := `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`
	line := `<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`
	effect := `<a:effectStyle><a:effectLst/></a:effectStyle>`
	return xmlPI + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="gongwen">` +
		`<a:themeElements><a:clrScheme name="gongwen">` +
		`<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
		`<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>` + colors + `</a:clrScheme>` +
		`<a:fontScheme name="gongwen">` + font("majorFont", g.FontHei) + font("minorFont", g.FontBody) + `</a:fontScheme>` +
		`<a:fmtScheme name="gongwen"><a:fillStyleLst>` + fill + fill + fill + `</a:fillStyleLst>` +
		`<a:lnStyleLst>` + line + line + line + `</a:lnStyleLst>` +
		`<a:effectStyleLst>` + effect + effect + effect + `</a:effectStyleLst>` +
		`<a:bgFillStyleLst>` + fill + fill + fill + `</a:bgFillStyleLst></a:fmtScheme>` +
		`</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
}

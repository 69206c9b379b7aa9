package gbt9704

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// goodDocument is a rendered-looking notice on the built-in styles: mark,
// 发文字号, red rule, title, headings of four levels, body, signature,
// date and 版记.
func goodDocument(t testing.TB) (pkg *opc.Package, doc string) {
	t.Helper()
	data, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err = opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tpl, _ := pkg.Read("word/document.xml")
	sect := string(regexp.MustCompile(`<w:sectPr>.*</w:sectPr>`).Find(tpl))
	// The 版记 is a section of its own on an even page, whose footer
	// (word/footer9.xml) has no page number, as gongwen build writes it.
	rels, _ := pkg.Read("word/_rels/document.xml.rels")
	ct, _ := pkg.Read("[Content_Types].xml")
	var buf bytes.Buffer
	if err := pkg.Write(&buf, map[string][]byte{
		"word/footer9.xml": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:ftr>`),
		"word/_rels/document.xml.rels": bytes.Replace(rels, []byte("</Relationships>"),
			[]byte(`<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer9.xml"/></Relationships>`), 1),
		"[Content_Types].xml": bytes.Replace(ct, []byte("</Types>"),
			[]byte(`<Override PartName="/word/footer9.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`), 1),
	}); err != nil {
		t.Fatal(err)
	}
	if pkg, err = opc.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), opc.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	colophonSect := regexp.MustCompile(`r:id="[^"]*"`).ReplaceAllString(sect, `r:id="rId90"`)
	colophonSect = strings.Replace(colophonSect, "<w:pgSz", `<w:type w:val="evenPage"/><w:pgSz`, 1)
	p := func(style, text string) string {
		return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, text)
	}
	body := p(StyleMark, "中共湖北省委办公厅文件") +
		p("Normal", "") + p("Normal", "") +
		p(StyleDocNo, "鄂办发〔2013〕5号") +
		`<w:p><w:pPr><w:pStyle w:val="gwRule"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr></w:p>` +
		p(StyleTitle, "关于成立省委主题实践活动领导小组的通知") +
		p(StyleRecipient, "各市、州、县委：") +
		p(StyleBody, "为认真贯彻落实省委的部署，现就有关事项通知如下：") +
		p(StyleH1, "一、总体要求") +
		p(StyleH2, "（一）指导思想") +
		p(StyleH3, "1.明确职责。按照工作方案分工负责。") +
		p(StyleH4, "（1）加强领导。各地要高度重视。") +
		p(StyleBody, "特此通知。") +
		p(StyleRecipient, "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000中共湖北省委办公厅") +
		p(StyleRecipient, "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002013年2月25日") +
		`<w:p><w:pPr>` + sect + `</w:pPr></w:p>` +
		`<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpYSpec="bottom"/><w:tblW w:w="8844" w:type="dxa"/>` +
		`<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>` +
		`<w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid>` +
		`<w:tr><w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/></w:tcPr>` + p(StyleColophon, "抄送：省委各部门。") + `</w:tc></w:tr>` +
		`<w:tr><w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/></w:tcPr>` +
		`<w:p><w:pPr><w:pStyle w:val="gwColophon"/></w:pPr><w:r><w:t>中共湖北省委办公厅</w:t></w:r><w:r><w:tab/><w:t>2013年2月25日印发</w:t></w:r></w:p>` +
		`</w:tc></w:tr></w:tbl>` + p("gwRule", "")
	doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		body + colophonSect + `</w:body></w:document>`
	return pkg, doc
}

// mutate returns the package with part changed by replacing old with new
// (old must occur).
func mutate(t testing.TB, pkg *opc.Package, parts map[string]string, part, old, new string) []byte {
	t.Helper()
	changes := map[string][]byte{}
	for k, v := range parts {
		changes[k] = []byte(v)
	}
	src, ok := parts[part]
	if !ok {
		b, err := pkg.Read(part)
		if err != nil {
			t.Fatal(err)
		}
		src = string(b)
	}
	if old != "" {
		if !strings.Contains(src, old) {
			t.Fatalf("%s does not contain %q", part, old)
		}
		src = strings.Replace(src, old, new, 1)
	}
	changes[part] = []byte(src)
	var buf bytes.Buffer
	if err := pkg.Write(&buf, changes); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoodDocumentPasses(t *testing.T) {
	pkg, doc := goodDocument(t)
	data := mutate(t, pkg, map[string]string{"word/document.xml": doc}, "word/document.xml", "", "")
	for _, f := range lintBytes(t, data) {
		t.Errorf("good document: %s", f)
	}
}

// TestFaults breaks one thing at a time and expects the finding that names it.
func TestFaults(t *testing.T) {
	const D = "word/document.xml"
	tests := []struct {
		name, part, old, new string
		rule, want           string
	}{
		{"letter paper", D, `w:w="11906" w:h="16838"`, `w:w="12240" w:h="15840"`, "page", "A4"},
		{"top margin", D, `w:top="2098"`, `w:top="1440"`, "margin", "上（天头）"},
		{"left margin", D, `w:left="1588"`, `w:left="1800"`, "margin", "左（订口）"},
		{"grid pitch", D, `w:linePitch="579"`, `w:linePitch="312"`, "grid", "22 行"},
		{"27 characters a line", "word/styles.xml", `<w:spacing w:val="-5"/>`, ``, "grid", "每行可排 27 字"},
		{"character grid", D, `w:type="lines" w:linePitch="579"`, `w:type="linesAndChars" w:linePitch="579" w:charSpace="0"`, "grid", "w:charSpace=0"},
		{"footer too low", D, `w:footer="1304"`, `w:footer="851"`, "page-number", "7 mm"},
		{"black mark", D, `<w:t xml:space="preserve">中共湖北省委办公厅文件`, `<w:rPr><w:color w:val="000000"/></w:rPr><w:t xml:space="preserve">中共湖北省委办公厅文件`, "red-rule", "标志应为红色"},
		{"title at 三号", D, `<w:t xml:space="preserve">关于成立`, `<w:rPr><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">关于成立`, "size", "2 号"},
		{"heading indented by spaces in 宋体", D, `<w:pStyle w:val="gwH1"/></w:pPr><w:r><w:t xml:space="preserve">一、`,
			`<w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">` + "\u3000\u3000" + `一、`, "font", "1级标题"},
		{"body indented by spaces in 宋体", D, `<w:pStyle w:val="gwBody"/></w:pPr><w:r><w:t xml:space="preserve">为认真`,
			`<w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">` + "\u3000\u3000" + `为认真`, "font", "正文应为仿宋"},
		// 「一、各责任单位要高度重视，……」: a whole paragraph numbered, body text in 仿宋, not a heading.
		{"numbered body paragraph", D, `<w:pStyle w:val="gwBody"/></w:pPr><w:r><w:t xml:space="preserve">为认真`,
			`<w:pStyle w:val="gwBody"/></w:pPr><w:r><w:t xml:space="preserve">一、为认真`, "", ""},
		{"cc without full stop", D, "抄送：省委各部门。", "抄送：省委各部门", "colophon", "句号"},
		{"docno square brackets", D, "鄂办发〔2013〕5号", "鄂办发[2013]5号", "docno", "六角括号"},
		{"docno padded", D, "鄂办发〔2013〕5号", "鄂办发〔2013〕05号", "docno", "虚位"},
		{"docno 第", D, "鄂办发〔2013〕5号", "鄂办发〔2013〕第5号", "docno", "不加“第”"},
		{"文件 without 发文字号", D, "鄂办发〔2013〕5号", "", "docno", "文件格式的公文须有发文字号"},
		{"date padded", D, "\u30002013年2月25日<", "\u30002013年02月25日<", "date", "2013年02月25日"},
		{"date in Chinese numerals", D, "\u30002013年2月25日<", "\u3000二〇一三年二月二十五日<", "date", "阿拉伯数字"},
		{"print date padded", D, "2013年2月25日印发", "2013年2月05日印发", "date", "2013年2月05日"},
		{"title font", D, `<w:t xml:space="preserve">关于成立`, `<w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">关于成立`, "font", "小标宋"},
		{"title size", D, `<w:t xml:space="preserve">关于成立`, `<w:rPr><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve">关于成立`, "size", "2 号"},
		{"h1 font", D, `<w:t xml:space="preserve">一、`, `<w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">一、`, "font", "黑体"},
		{"h2 font", D, `<w:t xml:space="preserve">（一）`, `<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t xml:space="preserve">（一）`, "font", "楷体"},
		{"h3 font", D, `<w:t xml:space="preserve">1.明确`, `<w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr><w:t xml:space="preserve">1.明确`, "font", "仿宋"},
		{"h4 size", D, `<w:t xml:space="preserve">（1）`, `<w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">（1）`, "size", "4级标题"},
		{"body font", D, `<w:t xml:space="preserve">为认真`, `<w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">为认真`, "font", "正文应为仿宋"},
		{"body size", D, `<w:t xml:space="preserve">为认真`, `<w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">为认真`, "size", "正文应为 3 号"},
		{"black rule", D, `w:color="FF0000"/></w:pBdr>`, `w:color="000000"/></w:pBdr>`, "red-rule", "红色"},
		{"no rule", D, `<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr>`, "", "red-rule", "没有红色分隔线"},
		{"colophon without top rule", D, `<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>`, "", "colophon", "首条"},
		{"colophon not at the end", D, `</w:tbl>`, `</w:tbl><w:p><w:r><w:t>又一段正文。</w:t></w:r></w:p>`, "colophon", "最后"},
		{"colophon floating removed", D, `<w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpYSpec="bottom"/>`, "", "", ""},
		{"colophon section from the next page", D, `<w:type w:val="evenPage"/>`, ``, "colophon-page", "偶数页"},
		{"colophon page numbered", D, `<w:footerReference w:type="default" r:id="rId90"/>`, `<w:footerReference w:type="default" r:id="rId5"/>`, "colophon-page", "版记所在节的页脚有页码"},
		{"colophon page inherits numbers", D, `<w:footerReference w:type="default" r:id="rId90"/><w:footerReference w:type="even" r:id="rId90"/>`, ``, "colophon-page", "版记所在节的页脚有页码"},
		{"hyphens around page number", "word/footer1.xml", "— </w:t>", "- </w:t>", "page-number", "U+2014"},
		{"odd page number centred", "word/footer1.xml", `<w:jc w:val="right"/>`, `<w:jc w:val="center"/>`, "page-number", "居右"},
		{"even page number right", "word/footer2.xml", `<w:jc w:val="left"/>`, `<w:jc w:val="right"/>`, "page-number", "居左"},
		{"no odd/even footers", "word/settings.xml", `<w:evenAndOddHeaders/>`, "", "page-number", "奇偶页"},
		{"no page field", "word/footer1.xml", ` PAGE `, ` DATE `, "page-number", "页码域"},
		{"style without east-Asian font", "word/styles.xml", `w:eastAsia="黑体" w:hAnsi`, `w:hAnsi`, "font", "中文字体"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkg, doc := goodDocument(t)
			parts := map[string]string{D: doc}
			fs := lintBytes(t, mutate(t, pkg, parts, tt.part, tt.old, tt.new))
			// Re-saved by LibreOffice, the styles have other ids (Style15
			// for gwTitle) under the same names: the findings must not change.
			renamed := lintBytes(t, renameStyles(t, mutate(t, pkg, parts, tt.part, tt.old, tt.new)))
			if a, b := findingTexts(fs), findingTexts(renamed); a != b {
				t.Errorf("with the styles' ids renamed as LibreOffice does:\n%s\nwant as with the built-in ids:\n%s", b, a)
			}
			if tt.rule == "" {
				for _, f := range fs {
					t.Errorf("unexpected: %s", f)
				}
				return
			}
			found := false
			for _, f := range fs {
				if f.Rule == tt.rule && strings.Contains(f.String(), tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("want a %s finding containing %q, got:", tt.rule, tt.want)
				for _, f := range fs {
					t.Logf("  %s", f)
				}
			}
		})
	}
}

// A 版记 in the body's only section cannot keep GB/T 9704's page rules
// whatever the layout: a warning. A letter (信函格式) has no such rules.
func TestColophonInBodySection(t *testing.T) {
	const D = "word/document.xml"
	pkg, doc := goodDocument(t)
	sects := regexp.MustCompile(`<w:sectPr>.*?</w:sectPr>`).FindAllString(doc, -1)
	if len(sects) != 2 {
		t.Fatalf("good document has %d sections, want 2", len(sects))
	}
	one := strings.Replace(doc, `<w:p><w:pPr>`+sects[0]+`</w:pPr></w:p>`, "", 1)
	one = strings.Replace(one, sects[1], sects[0], 1)
	warned := func(doc string) bool {
		fs := lintBytes(t, mutate(t, pkg, map[string]string{D: doc}, D, "", ""))
		n := 0
		for _, f := range fs {
			if f.Rule == "colophon-page" && strings.Contains(f.Msg, "版记与正文在同一节中") && f.Severity == Warning {
				n++
			} else {
				t.Errorf("unexpected: %s", f)
			}
		}
		return n == 1
	}
	if !warned(one) {
		t.Error("a 版记 in the body's section: no colophon-page warning")
	}
	letter := strings.Replace(one, `<w:bottom w:val="single" w:sz="12"`, `<w:bottom w:val="thickThinSmallGap" w:sz="12"`, 1)
	if warned(letter) {
		t.Error("a letter's 版记 in the body's section: colophon-page warning")
	}
}

// DocNo finds the head's number, and nothing in a document without one.
func TestDocNo(t *testing.T) {
	const D = "word/document.xml"
	pkg, doc := goodDocument(t)
	read := func(data []byte) string {
		p, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		no, _, err := DocNo(p)
		if err != nil {
			t.Fatal(err)
		}
		return no
	}
	if no := read(mutate(t, pkg, map[string]string{D: doc}, D, "", "")); no != "鄂办发〔2013〕5号" {
		t.Errorf("DocNo = %q", no)
	}
	if no := read(mutate(t, pkg, map[string]string{D: doc}, D, "鄂办发〔2013〕5号", "")); no != "" {
		t.Errorf("without a number: DocNo = %q", no)
	}
}

// renameStyles gives the styles of a document the ids LibreOffice gives
// them when it saves (gwTitle becomes Style15), keeping their names.
func renameStyles(t testing.TB, data []byte) []byte {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	styles, err := pkg.Read("word/styles.xml")
	if err != nil {
		t.Fatal(err)
	}
	ids := regexp.MustCompile(`w:styleId="(gw[A-Za-z0-9]+)"`).FindAllSubmatch(styles, -1)
	if len(ids) < 10 {
		t.Fatalf("only %d gw styles", len(ids))
	}
	changes := map[string][]byte{}
	for _, name := range pkg.Names() {
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") {
			continue
		}
		b, err := pkg.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range ids {
			b = bytes.ReplaceAll(b, []byte(`"`+string(id[1])+`"`), []byte(fmt.Sprintf(`"Style%d"`, 14+i)))
		}
		changes[name] = b
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, changes); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func findingTexts(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.String() + "\n")
	}
	return b.String()
}

package gbt9704

import (
	"strings"
	"testing"
)

// Page 1 below the red rule gets exact lines, the title its own, in the
// schema's order of w:pPr; the 版头 above the rule and what follows the
// first page break keep theirs.
func TestTightenFirstPage(t *testing.T) {
	const doc = `<w:document><w:body>` +
		`<w:p></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwMark"/><w:spacing w:before="240"/></w:pPr><w:r><w:t>机关文件</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwRule"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:color="FF0000"/></w:pBdr></w:pPr></w:p>` +
		`<w:p/>` +
		`<w:p><w:pPr><w:pStyle w:val="gwTitle"/></w:pPr><w:r><w:t>关于印发</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwBody"/><w:keepNext/><w:snapToGrid w:val="1"/><w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr><w:spacing w:val="-5"/></w:rPr></w:pPr><w:r><w:t>现将</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>署名</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwLabel"/><w:pageBreakBefore/></w:pPr></w:p>` +
		`<w:p><w:r><w:t>附件正文</w:t></w:r></w:p>` +
		`<w:sectPr/></w:body></w:document>`
	got, changed, err := tightenFirstPage([]byte(doc), 520)
	if err != nil || !changed {
		t.Fatalf("changed %v, err %v", changed, err)
	}
	const set = `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="%s" w:lineRule="exact"/>`
	line := func(n string) string { return strings.ReplaceAll(set, "%s", n) }
	want := `<w:document><w:body>` +
		`<w:p></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwMark"/><w:spacing w:before="240"/></w:pPr><w:r><w:t>机关文件</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwRule"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:color="FF0000"/></w:pBdr></w:pPr></w:p>` +
		`<w:p><w:pPr>` + line("520") + `</w:pPr></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwTitle"/>` + line("560") + `</w:pPr><w:r><w:t>关于印发</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwBody"/><w:keepNext/>` + line("520") + `<w:jc w:val="both"/><w:rPr><w:spacing w:val="-5"/></w:rPr></w:pPr><w:r><w:t>现将</w:t></w:r></w:p>` +
		`<w:p><w:pPr>` + line("520") + `</w:pPr><w:r><w:t>署名</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="gwLabel"/><w:pageBreakBefore/></w:pPr></w:p>` +
		`<w:p><w:r><w:t>附件正文</w:t></w:r></w:p>` +
		`<w:sectPr/></w:body></w:document>`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	// A template LibreOffice re-saved names the title's style Style15:
	// FitClosing finds it by its name, and it keeps the title's line.
	resaved := strings.ReplaceAll(doc, `w:val="gwTitle"`, `w:val="Style15"`)
	got, _, err = tightenFirstPage([]byte(resaved), 520, StyleTitle, "Style15")
	if err != nil || !strings.Contains(string(got), `<w:pStyle w:val="Style15"/>`+line("560")) {
		t.Errorf("a renamed title style does not get the title's line: %v\n%s", err, got)
	}

	// No red rule (a document without a 版头): nothing changes.
	plain := `<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`
	if out, changed, err := tightenFirstPage([]byte(plain), 520); err != nil || changed || string(out) != plain {
		t.Errorf("without a rule: changed %v, err %v, %s", changed, err, out)
	}
	if _, err := FitClosing(nil, MinTightPitch-1); err == nil {
		t.Error("a pitch under MinTightPitch is accepted")
	}
}

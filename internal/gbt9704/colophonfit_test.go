package gbt9704

import (
	"strings"
	"testing"
)

func TestCountLines(t *testing.T) {
	const adv = 315 // 三号, condensed by 0.25 pt: 28 a line
	const width = TypeWidth
	tests := []struct {
		name  string
		text  string
		first int
		want  int
	}{
		{"empty", "", 0, 1},
		{"28 characters", strings.Repeat("字", 28), 0, 1},
		{"29 characters", strings.Repeat("字", 29), 0, 2},
		{"26 after a two-character indent", strings.Repeat("字", 26), 2 * adv, 1},
		{"27 after a two-character indent", strings.Repeat("字", 27), 2 * adv, 2},
		{"closing punctuation hangs", strings.Repeat("字", 28) + "。", 0, 1},
		{"digits are half a character", strings.Repeat("字", 20) + "2013201320132013", 0, 1},
		{"a number is not broken", strings.Repeat("字", 27) + "027-87231068", 0, 2},
		{"line break", "一\n二\n三", 0, 3},
		{"56 characters", strings.Repeat("字", 56), 0, 2},
	}
	for _, tt := range tests {
		if got := countLines(tt.text, adv, width, tt.first); got != tt.want {
			t.Errorf("%s: %d lines, want %d", tt.name, got, tt.want)
		}
	}
}

// A body that ends on page 2 leaves the 版记 under it; one that ends on
// page 1 or page 3, or just over onto page 2, or too near the foot of page
// 2, keeps the section break.
func TestColophonUnderDecision(t *testing.T) {
	st := &styleSet{byID: map[string]*styleDef{}, known: map[string]string{}}
	sect, err := parseXML([]byte(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`))
	if err != nil {
		t.Fatal(err)
	}
	colophon := `<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="margin" w:tblpYSpec="bottom"/></w:tblPr><w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid>` +
		`<w:tr><w:tc><w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr><w:r><w:t>办公室 2013年7月15日印发</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>`
	line := `<w:p><w:r><w:t>一行字</w:t></w:r></w:p>`
	tests := []struct {
		lines int // grid lines of body, 22 a page
		under bool
		page  int
	}{
		{10, false, 1},
		{22 + 1, false, 2},  // too near the top of page 2
		{22 + 3, true, 2},   // three lines into page 2
		{22 + 17, true, 2},  // 17 lines, the 版记 and 3 lines to spare: 17 + 0.8 + 3 ≤ 22
		{22 + 19, false, 2}, // no room for the 版记
		{44 + 5, false, 3},
		{66 + 5, true, 4},
	}
	for _, tt := range tests {
		doc, err := parseXML([]byte(`<w:body>` + strings.Repeat(line, tt.lines) + colophon + `</w:body>`))
		if err != nil {
			t.Fatal(err)
		}
		kids := doc.child("body").children
		at := tt.lines
		pl := colophonUnder(kids, at, at, sect.child("sectPr"), st)
		if pl.Under != tt.under || pl.Page != tt.page {
			t.Errorf("%d lines: under=%v page %d (%s), want under=%v page %d", tt.lines, pl.Under, pl.Page, pl.Why, tt.under, tt.page)
		}
	}
}

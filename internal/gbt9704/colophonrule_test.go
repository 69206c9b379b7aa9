package gbt9704

import (
	"strings"
	"testing"
)

// TestColophonRulesOnCells: LibreOffice saves a 版记 table's top and bottom
// borders on the cells of its first and last rows; the rules are there all
// the same. A row whose cells do not all carry the border has no rule.
func TestColophonRulesOnCells(t *testing.T) {
	const (
		tableBorders = `<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>` +
			`<w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tblBorders>`
		cell  = `<w:tcW w:w="8844" w:type="dxa"/></w:tcPr>`
		top   = `<w:tcW w:w="8844" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>`
		thin  = `<w:tcW w:w="8844" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="2" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>`
		under = `<w:tcW w:w="8844" w:type="dxa"/><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>`
	)
	for _, tt := range []struct {
		name               string
		firstRow, lastRow  string
		wantRule, wantText string
	}{
		{"both rules on the cells", top, under, "", ""},
		{"no top rule on the cells", cell, under, "colophon", "版记缺少首条分隔线"},
		{"no bottom rule on the cells", top, cell, "colophon", "版记缺少末条分隔线"},
		{"thin top rule on the cells", thin, under, "colophon", "首条分隔线应为粗线"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pkg, doc := goodDocument(t)
			if !strings.Contains(doc, tableBorders) || strings.Count(doc, cell) != 2 {
				t.Fatal("goodDocument's 版记 changed; update this test")
			}
			doc = strings.Replace(doc, tableBorders, "", 1)
			doc = strings.Replace(doc, cell, tt.firstRow, 1)
			doc = strings.Replace(doc, cell, tt.lastRow, 1)
			fs := lintBytes(t, mutate(t, pkg, map[string]string{"word/document.xml": doc}, "word/document.xml", "", ""))
			found := false
			for _, f := range fs {
				if f.Rule == "colophon" && tt.wantRule == "" {
					t.Errorf("unexpected: %s", f)
				}
				if f.Rule == tt.wantRule && strings.Contains(f.String(), tt.wantText) {
					found = true
				}
			}
			if tt.wantRule != "" && !found {
				t.Errorf("want a finding %q, got %v", tt.wantText, fs)
			}
		})
	}
}

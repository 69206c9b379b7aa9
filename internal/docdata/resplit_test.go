package docdata

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/internal/period"
	"gongwen/templates"
)

// wordRun is a run of one text element as the built-in templates write it.
var wordRun = regexp.MustCompile(`(?s)<w:r>((?:<w:rPr>.*?</w:rPr>)?)<w:t(?: xml:space="preserve")?>([^<]*)</w:t></w:r>`)

// resplit rewrites every run of doc's document part with split, which cuts
// a run's text into pieces, each written as a run of its own with the same
// properties, and between runs what a word processor leaves (between).
func resplit(t *testing.T, tpl []byte, split func(string) []string, between func(i int) string) []byte {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	doc = wordRun.ReplaceAllFunc(doc, func(m []byte) []byte {
		sub := wordRun.FindSubmatch(m)
		var b bytes.Buffer
		for i, p := range split(string(sub[2])) {
			if i > 0 {
				b.WriteString(between(n))
			}
			n++
			fmt.Fprintf(&b, `<w:r w:rsidR="00%06X" w:rsidRPr="00%06X">%s<w:t xml:space="preserve">%s</w:t></w:r>`, n, n*7, sub[1], p)
		}
		return b.Bytes()
	})
	var out bytes.Buffer
	if err := pkg.Write(&out, map[string][]byte{"word/document.xml": doc}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// wordSplit cuts a text as Word does an action typed in pieces and checked
// for spelling: after "{{", at each ".", before "}}".
func wordSplit(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		cut := -1
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			cut = i + 2
		case s[i] == '.' && i > start:
			cut = i
		case strings.HasPrefix(s[i:], "}}") && i > start:
			cut = i
		}
		if cut > start && cut < len(s) {
			out = append(out, s[start:cut])
			start = cut
		}
	}
	return append(out, s[start:])
}

// charSplit cuts a text one character a piece, an entity (&amp;) whole.
func charSplit(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i + 1
		if s[i] == '&' {
			if k := strings.IndexByte(s[i:], ';'); k > 0 {
				j = i + k + 1
			}
		} else {
			for j < len(s) && s[j]&0xC0 == 0x80 {
				j++
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// wordNoise is what Word and WPS leave between the runs of one action:
// proofing marks around a word they do not know, a bookmark where the
// cursor was (_GoBack), and nothing.
func wordNoise(i int) string {
	switch i % 3 {
	case 0:
		return `<w:proofErr w:type="spellStart"/>`
	case 1:
		return fmt.Sprintf(`<w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="%d" w:name="_GoBack"/><w:bookmarkEnd w:id="%d"/>`, i, i)
	}
	return ""
}

// layoutOf is what PrepareDivision decided for a template: the widths of
// each table's grid, in order, and the page sizes of its sections.
func layoutOf(t *testing.T, tpl []byte) (grids []string, pages []string) {
	t.Helper()
	doc := string(docXML(t, tpl))
	for _, tbl := range regexp.MustCompile(`(?s)<w:tblGrid>.*?</w:tblGrid>`).FindAllString(doc, -1) {
		var ws []string
		for _, m := range regexp.MustCompile(`w:w="(\d+)"`).FindAllStringSubmatch(tbl, -1) {
			ws = append(ws, m[1])
		}
		grids = append(grids, strings.Join(ws, ","))
	}
	for _, m := range regexp.MustCompile(`<w:pgSz\b[^>]*/>`).FindAllString(doc, -1) {
		p := "portrait"
		if strings.Contains(m, `w:orient="landscape"`) {
			p = "landscape"
		}
		pages = append(pages, p)
	}
	return grids, pages
}

// widest is the grid of most columns: the division table's.
func widest(grids []string) string {
	out := ""
	for _, g := range grids {
		if strings.Count(g, ",") > strings.Count(out, ",") {
			out = g
		}
	}
	return out
}

// The width and page passes read a template's actions as the template
// parser does, across runs: the built-in 印发通知 and 责任分工 templates,
// re-saved by LibreOffice, split as Word and WPS split an action typed and
// spell-checked (proofing marks, a _GoBack bookmark, revision ids on every
// run), and one character a run, get the same columns, in the data's order,
// and the same landscape pages as the templates as built — not a portrait
// attachment without a word (a re-saved 印发通知 lost its 横向 pages so).
func TestPrepareDivisionAcrossRunSplits(t *testing.T) {
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units: []model.Unit{{ID: "zhk", Name: "综合规划科"}, {ID: "dz", Name: "电子商务和信息化科"}},
		Tasks: []model.Task{
			{ID: "a", Title: "报送落实情况", Units: []string{"zhk"}, Period: period.MustParse("2024年6月30日前", 2024)},
			{ID: "b", Title: "建设跨境电商产业园，引进跨境电商企业20家", Units: []string{"dz"}, Period: period.MustParse("9月30日前", 2024)},
		},
		// Not the template's order: the cells must move.
		Division: model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "完成时限", "工作任务", "责任科室"},
			Orientation: model.OrientationLandscape}}
	for _, tt := range []struct {
		builtin, resaved string
		landscape        bool // the 责任分工 document itself
		pages            []string
	}{
		// The notice: portrait, the attachment landscape, then portrait.
		{"yinfa.docx", "testdata/yinfa-libreoffice.docx", false, []string{"portrait", "landscape", "portrait"}},
		{"fengong.docx", "testdata/fengong-libreoffice.docx", true, []string{"landscape"}},
	} {
		orig, err := templates.Read(tt.builtin)
		if err != nil {
			t.Fatal(err)
		}
		prepared, notes, err := PrepareDivision(orig, c, tt.landscape)
		if err != nil || len(notes) > 0 {
			t.Fatalf("%s as built: %v %q", tt.builtin, err, notes)
		}
		wantGrids, pages := layoutOf(t, prepared)
		if !slices.Equal(pages, tt.pages) {
			t.Fatalf("%s as built: pages %v, want %v", tt.builtin, pages, tt.pages)
		}
		rows, heads := divisionRows(c), divisionHeads(c)
		fillCells(c, rows, heads)
		total := AttachedLandscapeWidth
		if tt.landscape {
			total = LandscapeTypeWidth
		}
		w := DivisionColumnWidths(rows, heads, total)
		if first := widest(wantGrids); !strings.HasPrefix(first, fmt.Sprintf("%d,%d,%d,", w[1], w[5], w[2])) {
			t.Fatalf("%s as built: grid %s does not start with 序号 %d, 完成时限 %d, 工作任务 %d", tt.builtin, first, w[1], w[5], w[2])
		}
		resaved, err := os.ReadFile(tt.resaved)
		if err != nil {
			t.Fatal(err)
		}
		splits := []struct {
			name string
			tpl  []byte
		}{
			{"LibreOffice re-save", resaved},
			{"Word-like split", resplit(t, orig, wordSplit, wordNoise)},
			{"one character a run", resplit(t, orig, charSplit, func(int) string { return "" })},
			{"one character a run, Word's marks", resplit(t, orig, charSplit, wordNoise)},
		}
		for _, s := range splits {
			out, notes, err := PrepareDivision(s.tpl, c, tt.landscape)
			if err != nil {
				t.Errorf("%s, %s: %v", tt.builtin, s.name, err)
				continue
			}
			if len(notes) > 0 {
				t.Errorf("%s, %s: notes %q", tt.builtin, s.name, notes)
			}
			grids, pages := layoutOf(t, out)
			if !slices.Equal(pages, tt.pages) {
				t.Errorf("%s, %s: pages %v, want %v", tt.builtin, s.name, pages, tt.pages)
			}
			if got, want := widest(grids), widest(wantGrids); got != want {
				t.Errorf("%s, %s: the division table's grid %s, want %s", tt.builtin, s.name, got, want)
			}
		}
	}
}

// A layout the data asks for that the template does not let be made is
// said, in Chinese, with what is missing: an attachment table with no
// {{range .Appendices}} or no {{.Label}} before it, a 责任分工 template
// without a division table.
func TestPrepareDivisionSaysWhatItCannotDo(t *testing.T) {
	c := &model.Campaign{Name: "某局2024年工作要点任务分工", Year: 2024,
		Units:    []model.Unit{{ID: "zhk", Name: "综合规划科"}},
		Tasks:    []model.Task{{ID: "a", Title: "报送落实情况", Units: []string{"zhk"}, Period: period.MustParse("2024年6月30日前", 2024)}},
		Division: model.DivisionLayout{Layout: model.LayoutTable, Orientation: model.OrientationLandscape}}
	yinfa, err := templates.Read("yinfa.docx")
	if err != nil {
		t.Fatal(err)
	}
	jianbao, err := templates.Read("jianbao.docx")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(tpl []byte, from, to string) []byte {
		return resplit(t, tpl, func(s string) []string { return []string{strings.ReplaceAll(s, from, to)} }, func(int) string { return "" })
	}
	for _, tt := range []struct {
		name      string
		tpl       []byte
		landscape bool
		want      string // in the note; "" for none
	}{
		{"yinfa as built", yinfa, false, ""},
		{"no attachment loop", edit(yinfa, "{{range .Appendices}}", "{{with .Appendices}}"), false, "{{range .Appendices}}"},
		{"no label", edit(yinfa, "{{.Label}}", ""), false, "{{.Label}}"},
		{"division document without a table", jianbao, true, "没有责任分工表"},
		// A template without a division table, for a notice: nothing to turn.
		{"briefing", jianbao, false, ""},
	} {
		out, notes, err := PrepareDivision(tt.tpl, c, tt.landscape)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if tt.want == "" {
			if len(notes) > 0 {
				t.Errorf("%s: notes %q", tt.name, notes)
			}
			continue
		}
		if len(notes) != 1 || !strings.Contains(notes[0], tt.want) || !strings.Contains(notes[0], "横向") {
			t.Errorf("%s: notes %q, want one naming %s and 横向", tt.name, notes, tt.want)
		}
		if _, pages := layoutOf(t, out); slices.Contains(pages, "landscape") {
			t.Errorf("%s: pages %v turned though it says it could not", tt.name, pages)
		}
	}
}

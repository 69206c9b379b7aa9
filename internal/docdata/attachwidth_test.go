package docdata

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// Each attachment's table is set for its own columns and content: the
// notice templates' attachment table is set once for the data's division
// and once for each attachment of its own (picks or columns), each copy
// shown for its Appendix.Layout alone; the copies' grids are the widths
// DivisionColumnWidths gives each attachment's rows. Data whose
// attachments are all the data's division keeps one table.
func TestAttachmentTablesOwnWidths(t *testing.T) {
	for _, tc := range []struct {
		name    string
		data    func() *model.Campaign
		layouts []int // the Appendix.Layout of each attachment
	}{
		{"衢州's three tables", quzhou, []int{1, 2, 3}},
		{"one table of the data's", func() *model.Campaign {
			c := quzhou()
			c.Documents[0].Attachments = c.Documents[0].Attachments[:1]
			c.Documents[0].Attachments[0].Categories = nil
			c.Division = model.DivisionLayout{Layout: model.LayoutTable}
			return c
		}, []int{0}},
	} {
		c := tc.data()
		tpl, err := templates.Read("yinfa.docx")
		if err != nil {
			t.Fatal(err)
		}
		out, notes, err := PrepareDivision(tpl, c, false)
		if err != nil || len(notes) > 0 {
			t.Fatalf("%s: %v %q", tc.name, err, notes)
		}
		pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := pkg.Read("word/document.xml")
		own := ownTables(c)
		if n := strings.Count(string(doc), "{{if eq .Layout "); n != len(own)+1 && len(own) > 0 || len(own) == 0 && n != 0 {
			t.Errorf("%s: %d copies of the table for %d attachments of their own", tc.name, n, len(own))
		}
		// The k-th copy's grid is the k-th attachment's widths.
		for k, a := range own {
			cc := c.ForAttachment(a)
			rows, heads := divisionRows(cc), divisionHeads(cc)
			fillCells(cc, rows, heads)
			w := DivisionColumnWidths(rows, heads, gbt9704.TypeWidth)
			var want []string
			for _, s := range slotOrder(cc) {
				want = append(want, fmt.Sprint(w[s]))
			}
			at := strings.Index(string(doc), fmt.Sprintf("{{if eq .Layout %d}}", k+1))
			grid := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(string(doc[at:]), len(want))
			var got []string
			for _, m := range grid {
				got = append(got, m[1])
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s: attachment %q's grid starts %v, want %v", tc.name, a.Title, got, want)
			}
		}
		// The view picks its copy.
		for i := range c.Documents[0].Attachments {
			if got := tableLayout(c, &c.Documents[0], i); got != tc.layouts[i] {
				t.Errorf("%s: attachment %d shows table %d, want %d", tc.name, i, got, tc.layouts[i])
			}
		}
	}
}

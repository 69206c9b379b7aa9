package docdata

import (
	"testing"

	"gongwen/internal/model"
)

// In the list layout a task and its lines (牵头单位, 责任单位, 完成时限)
// keep together: every block of a task but its last keeps with the next,
// so no page ends between a task's 牵头单位 and its 责任单位 — but for
// the first task's lines, which stand under the title on page 1.
func TestDivisionListKeepsTasksTogether(t *testing.T) {
	c := programme(false)
	c.Division = model.DivisionLayout{Numbering: []string{"一、", "（一）"}, TaskNumber: "1."}
	blocks := divisionList(c)
	tasks := 0
	for i, b := range blocks {
		if b.Heading != "" {
			continue
		}
		if b.Number != "" {
			tasks++
		}
		last := i+1 == len(blocks) || blocks[i+1].Number != "" || blocks[i+1].Heading != ""
		if tasks == 1 && b.Number == "" {
			// The first task's lines stand under the title on page 1 and
			// do not keep (the body's start must not hang on them).
			last = true
		}
		if b.keep == last {
			t.Errorf("block %d %q%q: KeepNext %v (the task's last line: %v)", i, b.Number, b.Text, b.keep, last)
		}
	}
}

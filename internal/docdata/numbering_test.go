package docdata

import (
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
)

// The division table numbers its tasks through from the start the data
// writes in task_number (崇川's table goes on from 24), from 1 without
// it; the category rows keep their own numbers.
func TestTableStart(t *testing.T) {
	date := time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name       string
		taskNumber string
		first      string
	}{
		{"from 1", "", "1"},
		{"from 24", "24.", "24"},
		{"from 11", "11、", "11"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := programme(false)
			c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "工作任务", "牵头单位"}, TaskNumber: tt.taskNumber}
			if errs := c.Check(); len(errs) > 0 {
				t.Fatal(errs)
			}
			var nos, heads []string
			for _, r := range ForDivision(c, date).Division {
				if r.Heading != "" || r.Sub {
					heads = append(heads, r.Heading+r.No+r.Task)
					continue
				}
				nos = append(nos, r.No)
			}
			if len(nos) != len(c.Tasks) || nos[0] != tt.first {
				t.Errorf("numbers %v, want %d from %s", nos, len(c.Tasks), tt.first)
			}
			for i := 1; i < len(nos); i++ {
				if nos[i] <= nos[i-1] && len(nos[i]) <= len(nos[i-1]) {
					t.Errorf("numbers %v do not run on", nos)
				}
			}
			if len(heads) == 0 || !strings.HasPrefix(heads[0], "一、") {
				t.Errorf("category rows %v, want them numbered from 一、", heads)
			}
		})
	}
}

package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// Split by unit, the reports the responsible units owe under a rule of
// by: 责任单位 are on each responsible unit's own list, not the lead's;
// the lead's own reports stay on the lead's.
func TestSplitListsCarryUnitsReports(t *testing.T) {
	c := &model.Campaign{Name: "广丰区2021年重点工作任务分解", Year: 2021, Weekly: model.WeeklyLayout{Split: model.WeeklyByUnit},
		Units: []model.Unit{{ID: "fgw", Name: "区发改委"}, {ID: "czj", Name: "区财政局"}, {ID: "tjj", Name: "区统计局"}},
		Reporting: []model.ReportRule{
			{Period: period.Period{Text: "每月25日前"}, To: "区政府督查室"},
			{Period: period.Period{Text: "每月20日前"}, By: model.ReportByUnits, To: model.ReportToLead},
		},
		Tasks: []model.Task{
			{ID: "gdp", Title: "地区生产总值增长8%", Lead: []string{"fgw"}, Units: []string{"czj", "tjj"}},
			{ID: "cz", Title: "财政收入增长6%", Lead: []string{"czj"}},
		}}
	c.ResolvePeriods()
	date := time.Date(2021, 2, 19, 0, 0, 0, 0, time.UTC)
	var names []string
	lists := map[string]string{}
	for _, h := range WeeklyHolders(c, date, nil) {
		names = append(names, h.Name)
		var buf bytes.Buffer
		if err := BuildWeeklyFor(c, cn.DefaultCalendar(), date, h, &buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(WeeklySheet)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range rows {
			for _, v := range r {
				if strings.HasPrefix(v, "gdp@") || strings.HasPrefix(v, "cz@") {
					ids = append(ids, v)
				}
			}
		}
		lists[h.Name] = strings.Join(ids, " ")
	}
	if want := []string{"区发改委", "区财政局", "区统计局"}; !slices.Equal(names, want) {
		t.Errorf("holders %q, want %q", names, want)
	}
	for name, want := range map[string]string{
		// The lead's own January report (to the 督查室), missed; not its
		// units' reports to it.
		"区发改委": "gdp@报送2021-01-25",
		"区财政局": "gdp@报送2021-01-20 gdp@报送2021-02-20 cz@报送2021-01-25",
		"区统计局": "gdp@报送2021-01-20 gdp@报送2021-02-20",
	} {
		if lists[name] != want {
			t.Errorf("%s's list %q, want %q", name, lists[name], want)
		}
	}
}

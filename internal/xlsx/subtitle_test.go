package xlsx

import (
	"testing"
	"time"

	"gongwen/internal/model"
)

// The 制表 line names who keeps the table: the office, else the organs
// that issue the programme — both of a joint notice (QA s11 finding 14:
// anhui-jyt2015 named 中共安徽省委教育工委 alone) — else the first organ.
func TestSubtitleMaker(t *testing.T) {
	organs := []model.Organ{{ID: "gw", Name: "中共安徽省委教育工委"}, {ID: "jyt", Name: "安徽省教育厅"}}
	date := time.Date(2015, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		c    model.Campaign
		want string
	}{
		{"joint notice", model.Campaign{Profile: model.Profile{Organs: organs},
			Documents: []model.Document{{Kind: model.IssueNotice, Organs: []string{"gw", "jyt"}}}},
			"制表：中共安徽省委教育工委、安徽省教育厅　　截至2015年3月3日"},
		{"division's organ", model.Campaign{Profile: model.Profile{Organs: organs},
			Documents: []model.Document{{Kind: model.Division, Organs: []string{"jyt"}}}},
			"制表：安徽省教育厅　　截至2015年3月3日"},
		{"no document", model.Campaign{Profile: model.Profile{Organs: organs}},
			"制表：中共安徽省委教育工委　　截至2015年3月3日"},
		{"office", model.Campaign{Office: model.Office{Name: "领导小组办公室"}, Profile: model.Profile{Organs: organs},
			Documents: []model.Document{{Kind: model.IssueNotice, Organs: []string{"gw", "jyt"}}}},
			"制表：领导小组办公室　　截至2015年3月3日"},
	} {
		if got := subtitle(&tc.c, date); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

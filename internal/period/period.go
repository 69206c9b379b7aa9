// Package period parses the fuzzy periods of Chinese work plans ("2月中旬",
// "3月上中旬", "3月初-11月底", "5月左右", "全年") into date ranges of a campaign
// year, keeping the original text for display.
package period

import (
	"fmt"
	"time"
)

// Period is a span of days named by a text of the plan. Start and End are
// inclusive calendar days at midnight UTC.
type Period struct {
	Text       string
	Start, End time.Time
}

// String returns the text as the plan wrote it.
func (p Period) String() string { return p.Text }

// Parse turns text into the period it names in the given year.
func Parse(text string, year int) (Period, error) {
	return Period{}, fmt.Errorf("期限“%s”无法识别", text) // TODO: the period helper replaces this stub
}

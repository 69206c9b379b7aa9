package period

import (
	"fmt"
	"strings"
	"time"
)

// Frequency is how often a standing meeting or report recurs.
type Frequency int

// The frequencies a plan writes. AsNeeded (适时) and AtOnce (即时) have no
// fixed date: they happen when the work calls for them.
const (
	Weekly     Frequency = iota + 1 // 每周
	Xunly                           // 每旬
	Monthly                         // 每月
	Quarterly                       // 每季度
	HalfYearly                      // 每半年
	Yearly                          // 每年
	AsNeeded                        // 适时
	AtOnce                          // 即时
)

var frequencyNames = map[Frequency]string{
	Weekly: "每周", Xunly: "每旬", Monthly: "每月", Quarterly: "每季度",
	HalfYearly: "每半年", Yearly: "每年", AsNeeded: "适时", AtOnce: "即时",
}

// String returns the frequency as a plan writes it (每周, 每季度, 适时, …).
func (f Frequency) String() string {
	if s, ok := frequencyNames[f]; ok {
		return s
	}
	return fmt.Sprintf("Frequency(%d)", int(f))
}

// cadenceWords maps every accepted spelling to its frequency.
var cadenceWords = map[string]Frequency{
	"每周": Weekly, "每星期": Weekly, "每周一次": Weekly,
	"每旬": Xunly, "每旬一次": Xunly,
	"每月": Monthly, "每月一次": Monthly, "每个月": Monthly,
	"每季度": Quarterly, "每季": Quarterly, "每季度一次": Quarterly, "每个季度": Quarterly,
	"每半年": HalfYearly, "每半年一次": HalfYearly,
	"每年": Yearly, "每年一次": Yearly, "每年度": Yearly,
	"适时": AsNeeded, "不定期": AsNeeded, "根据需要": AsNeeded,
	"即时": AtOnce, "随时": AtOnce,
}

// Cadence is a recurrence rule such as 每周 or 每半年, with the text kept for
// display. It is separate from Period: a cadence names no dates of its own
// until asked for its occurrences in a year.
type Cadence struct {
	Text  string
	Every Frequency
}

// CadenceHint lists the accepted cadences; every ParseCadence error ends with it.
const CadenceHint = "可用的写法：每周、每旬、每月、每季度、每半年、每年、适时、即时"

// ParseCadence parses a cadence text (每周, 每月, 每季度, 每半年, 适时, 即时, …).
func ParseCadence(text string) (Cadence, error) {
	t := strings.TrimSpace(text)
	if t == "" {
		return Cadence{}, fmt.Errorf("频次为空：%s", CadenceHint)
	}
	f, ok := cadenceWords[strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", "")]
	if !ok {
		return Cadence{}, fmt.Errorf("无法识别的频次“%s”：%s", t, CadenceHint)
	}
	return Cadence{Text: t, Every: f}, nil
}

// String returns the text as written.
func (c Cadence) String() string { return c.Text }

// MarshalText returns the text as written.
func (c Cadence) MarshalText() ([]byte, error) { return []byte(c.Text), nil }

// Fixed reports whether the cadence has dates of its own (false for 适时 and 即时).
func (c Cadence) Fixed() bool { return c.Every != AsNeeded && c.Every != AtOnce && c.Every != 0 }

// Occurrences returns the windows in which the meeting falls due in a year:
// the ISO weeks (those whose Thursday is in the year), the 36 旬, the 12
// months, the four quarters (第一季度…), the halves (上半年, 下半年) or the
// whole year. A cadence without fixed dates has none.
func (c Cadence) Occurrences(year int) []Period {
	var out []Period
	switch c.Every {
	case Weekly:
		for n := 1; ; n++ {
			w, err := ISOWeek(year, n)
			if err != nil {
				break
			}
			out = append(out, w.Period())
		}
	case Xunly:
		for _, x := range Xuns(year) {
			out = append(out, x.Period())
		}
	case Monthly:
		for m := time.January; m <= time.December; m++ {
			out = append(out, Period{Text: fmt.Sprintf("%d月", int(m)), Start: date(year, m, 1), End: date(year, m, lastDay(year, m))})
		}
	case Quarterly:
		for i, name := range []string{"第一季度", "第二季度", "第三季度", "第四季度"} {
			m := time.Month(3*i + 1)
			out = append(out, Period{Text: name, Start: date(year, m, 1), End: date(year, m+2, lastDay(year, m+2))})
		}
	case HalfYearly:
		out = append(out,
			Period{Text: "上半年", Start: date(year, 1, 1), End: date(year, 6, 30)},
			Period{Text: "下半年", Start: date(year, 7, 1), End: date(year, 12, 31)})
	case Yearly:
		out = append(out, Period{Text: "全年", Start: date(year, 1, 1), End: date(year, 12, 31)})
	}
	return out
}

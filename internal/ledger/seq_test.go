package ledger

import (
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML edits of a returned 参会回执: only the attendees lines change,
// whatever their style; comments and blank lines stay.
func TestMeetingYAMLEdits(t *testing.T) {
	list := FlowList([]string{"王晓兰（综合组）", "李明"})
	cases := []struct{ name, src, id, want string }{
		{"flow list", "meetings:\n  - id: m1\n    name: 会\n    attendees: [a, b]  # 出席\n    agenda: [x]\n",
			"m1", "meetings:\n  - id: m1\n    name: 会\n    attendees: " + list + "\n    agenda: [x]\n"},
		{"block list", "meetings:\n  - id: m1\n    attendees:\n      - a\n      # b 请假\n      - c\n    chair: 主任\n# end\n",
			"m1", "meetings:\n  - id: m1\n    attendees: " + list + "\n    chair: 主任\n# end\n"},
		{"absent", "meetings:\n  - id: m1\n    name: 会\n    place: 会议室\n    decisions:\n      - text: t\n",
			"m1", "meetings:\n  - id: m1\n    name: 会\n    place: 会议室\n    attendees: " + list + "\n    decisions:\n      - text: t\n"},
		{"last key at end of file", "meetings:\n  - id: m1\n    attendees: [a]",
			"m1", "meetings:\n  - id: m1\n    attendees: " + list + "\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ys, err := ParseSeq([]byte(tc.src), "meetings")
			if err != nil {
				t.Fatal(err)
			}
			e, err := ys.ReplaceField(tc.id, "attendees", list, []string{"chair", "place", "time", "date", "name"})
			if err != nil {
				t.Fatal(err)
			}
			if got := string(Apply([]byte(tc.src), []Edit{e})); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestMeetingYAMLAppend(t *testing.T) {
	fields := [][2]string{{"id", "m2"}, {"date", "2013-09-16"}}
	for _, tc := range []struct{ name, src, want string }{
		{"after the last, before the next section",
			"meetings:\n  - id: m1\n    decisions:\n      - text: t\n        due: 2013-03-20\n\n# 简报\nbriefings: {}\n",
			"meetings:\n  - id: m1\n    decisions:\n      - text: t\n        due: 2013-03-20\n  - id: m2\n    date: 2013-09-16\n\n# 简报\nbriefings: {}\n"},
		{"at the end of the file", "meetings:\n- id: m1\n  name: x",
			"meetings:\n- id: m1\n  name: x\n- id: m2\n  date: 2013-09-16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ys, err := ParseSeq([]byte(tc.src), "meetings")
			if err != nil {
				t.Fatal(err)
			}
			e, err := ys.AppendItem(fields)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(Apply([]byte(tc.src), []Edit{e})); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	for _, src := range []string{"meetings: []\n", "tasks: []\n", "meetings:\n  - {id: m1}\n"} {
		ys, err := ParseSeq([]byte(src), "meetings")
		if err == nil {
			_, err = ys.AppendItem(fields)
		}
		if err == nil || !strings.Contains(err.Error(), "meetings") {
			t.Errorf("%q: err %v", src, err)
		}
	}
}

// FuzzFlowList: any names a unit types come back unchanged from the YAML.
func FuzzFlowList(f *testing.F) {
	for _, s := range []string{"王晓兰（综合组副组长）", `a, b: "c"`, "[x]", "#注释", "'单引号'", "\\n", "- 列表", "{k: v}"} {
		f.Add(s, "李明")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || strings.ContainsAny(a+b, "\ufeff") {
			return
		}
		src := "meetings:\n  - id: m1\n    attendees: [x]\n"
		ys, err := ParseSeq([]byte(src), "meetings")
		if err != nil {
			t.Fatal(err)
		}
		e, err := ys.ReplaceField("m1", "attendees", FlowList([]string{a, b}), nil)
		if err != nil {
			t.Fatal(err)
		}
		out := Apply([]byte(src), []Edit{e})
		var doc struct {
			Meetings []struct{ Attendees []string }
		}
		if err := yaml.Unmarshal(out, &doc); err != nil {
			t.Fatalf("%q: %v\n%s", []string{a, b}, err, out)
		}
		if got := doc.Meetings[0].Attendees; len(got) != 2 || got[0] != a || got[1] != b {
			t.Fatalf("%q came back as %q", []string{a, b}, got)
		}
	})
}

package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestSplitPath(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{".Activity.Name", []string{"Activity", "Name"}},
		{".Tasks[].Units[].Name", []string{"Tasks[]", "Units[]", "Name"}},
		{`(index .M "a.b").Name`, []string{`(index .M "a.b")`, "Name"}},
		{`(printf "%s)" .X)[].Y`, []string{`(printf "%s)" .X)[]`, "Y"}},
		{".", nil},
	}
	for _, tt := range tests {
		if got := splitPath(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBuildPathTree(t *testing.T) {
	tree := buildPathTree([]string{".Title", ".Tasks[].No", ".Tasks[].Units[].Name", ".Plan", ".Plan.Goal", ".Items[]", ".Tasks[].Lead"})
	var b strings.Builder
	writePathTree(&b, tree, 0)
	want := `.Title
.Tasks[]
  .No
  .Units[]
    .Name
  .Lead
.Plan
  .Goal
.Items[]
`
	if b.String() != want {
		t.Errorf("tree:\n%s\nwant\n%s", b.String(), want)
	}
	if tree[1].Children[1].Path != ".Tasks[].Units" || !tree[1].Children[1].Loop {
		t.Errorf("nested loop node %+v", tree[1].Children[1])
	}
}

type checkTask struct {
	Title string
	Lead  []string
	Note  string
}

func (c checkTask) Upper() string { return strings.ToUpper(c.Title) }

type checkCampaign struct {
	Name  string
	Year  int
	Tasks []checkTask
}

func (c *checkCampaign) Count() int { return len(c.Tasks) }

func TestCheckData(t *testing.T) {
	var raw any
	json.Unmarshal([]byte(`{"Title":"t","Extra":1,"Cities":[{"City":"a","Due":"1"},{"City":"b"},{"City":"c","Typo":"3"}],
		"Plan":{"Goal":"g","Spare":"s"},"Whole":{"A":1}}`), &raw)
	rep := checkData(buildPathTree([]string{".Title", ".Cities[].City", ".Cities[].Due", ".Plan.Goal", ".Whole", ".Missing", `(index . "x").Y`}), raw)
	got, _ := json.Marshal(rep)
	want := `{"ok":false,"paths":0,"missing":[{"path":".Cities[].Due","count":2,"of":3,"items":[".Cities[1]",".Cities[2]"]},{"path":".Missing","count":1,"of":1}],` +
		`"unused":[".Cities[].Typo",".Extra",".Plan.Spare"],"unchecked":["(index . \"x\")"]}`
	if string(got) != want {
		t.Errorf("report\n got %s\nwant %s", got, want)
	}

	c := &checkCampaign{Name: "n", Tasks: []checkTask{{Title: "a", Note: "x"}, {Title: "b"}}}
	rep = checkData(buildPathTree([]string{".Name", ".Count", ".Tasks[].Title", ".Tasks[].Upper", ".Tasks[].Lead", ".Tasks[].Due"}), c)
	got, _ = json.Marshal(rep)
	want = `{"ok":false,"paths":0,"missing":[{"path":".Tasks[].Due","count":2,"of":2,"items":[".Tasks[0]",".Tasks[1]"]}],"unused":[".Tasks[].Note"]}`
	if string(got) != want {
		t.Errorf("struct report\n got %s\nwant %s", got, want)
	}
}

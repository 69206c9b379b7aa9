package load

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

// requiredFixture has one item of every kind with exactly the keys the
// schema marks required, one key a line, each line tagged with its path.
const requiredFixture = `name: 某区2023年重点工作任务分解  #name
year: 2023  #year
profile:
  organs:
    - id: qzf  #profile.organs[0].id
      name: 某区人民政府  #profile.organs[0].name
units:
  - id: fgw  #units[0].id
    name: 区发展改革委  #units[0].name
    short: 发改委
office:
  groups:
    - id: zhz  #office.groups[0].id
      name: 综合组  #office.groups[0].name
activities:
  - id: hd  #activities[0].id
    name: 专项行动  #activities[0].name
phases:
  - id: bs  #phases[0].id
    name: 部署  #phases[0].name
    period: 1月  #phases[0].period
categories:
  - id: wz  #categories[0].id
    name: 稳定经济增长  #categories[0].name
    parent: ""
tasks:
  - id: t1  #tasks[0].id
    title: 地区生产总值增长6%  #tasks[0].title
    category: wz
cadences:
  - id: lh  #cadences[0].id
    name: 例会  #cadences[0].name
    every: 每月  #cadences[0].every
meetings:
  - id: m1  #meetings[0].id
    name: 调度会  #meetings[0].name
    date: 2023-03-01  #meetings[0].date
    decisions:
      - text: 加快进度  #meetings[0].decisions[0].text
        owner: fgw
briefings:
  themes:
    - period: 3月  #briefings.themes[0].period
      theme: 开局  #briefings.themes[0].theme
  issues:
    - number: 1  #briefings.issues[0].number
      date: 2023-03-02  #briefings.issues[0].date
      articles:
        - title: 开局良好  #briefings.issues[0].articles[0].title
          body: [开局良好。]
documents:
  - id: d1  #documents[0].id
    title: 工作方案  #documents[0].title
    kind: 工作方案  #documents[0].kind
    attachments:
      - title: 分工表  #documents[0].attachments[0].title
        source: division
requirements:
  - title: 加强领导  #requirements[0].title
    text: 各单位要加强领导。  #requirements[0].text
`

// TestRequiredIsWhatCheckRequires: the data with only the schema's
// required keys passes validation, and leaving out any one of them fails
// it at that key; the schema marks required exactly those keys.
func TestRequiredIsWhatCheckRequires(t *testing.T) {
	if _, diags, err := Bytes("r.yaml", []byte(requiredFixture)); err != nil {
		t.Fatalf("the required keys alone do not validate: %v", err)
	} else if len(diags) > 0 {
		t.Logf("warnings: %v", diags)
	}
	lines := strings.Split(requiredFixture, "\n")
	var keys []string
	for i, line := range lines {
		_, path, ok := strings.Cut(line, "  #")
		if !ok {
			continue
		}
		keys = append(keys, path)
		without := append(append([]string{}, lines[:i]...), lines[i+1:]...)
		if dash := strings.Index(line, "- "); dash >= 0 {
			// A list item whose first key goes passes its dash on to
			// its next key, which must be of the same item.
			next := lines[i+1]
			if len(next)-len(strings.TrimLeft(next, " ")) != dash+2 {
				t.Fatalf("fixture: %s is an item's only key", path)
			}
			without[i] = next[:dash] + "- " + next[dash+2:]
		}
		_, _, err := Bytes("r.yaml", []byte(strings.Join(without, "\n")))
		if err == nil {
			t.Errorf("without %s: validation passed; the schema marks it required", path)
		} else if !strings.Contains(err.Error(), "缺少") && !strings.Contains(err.Error(), "期号") {
			t.Errorf("without %s: %v", path, err)
		}
	}
	// The schema's required lists name the same keys.
	var schema struct {
		Defs map[string]struct {
			Required   []string                   `json:"required"`
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(Schema(), &schema); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{"Campaign": schema.Required}
	for name, d := range schema.Defs {
		if len(d.Required) > 0 {
			got[name] = d.Required
		}
	}
	want := map[string][]string{}
	for typ, ks := range requiredKeys {
		want[typ.Name()] = append(want[typ.Name()], ks...)
	}
	for name := range got {
		if name == "Campaign" {
			continue
		}
		if _, ok := want[name]; !ok {
			want[name] = nil
		}
		if _, ok := schema.Defs[name].Properties["id"]; ok {
			want[name] = append(want[name], "id")
		}
	}
	for name, w := range want {
		g := append([]string{}, got[name]...)
		sort.Strings(g)
		sort.Strings(w)
		if strings.Join(g, ",") != strings.Join(w, ",") {
			t.Errorf("%s: schema requires %v, want %v", name, g, w)
		}
	}
	if len(keys) < 30 {
		t.Errorf("only %d keys tried", len(keys))
	}
}

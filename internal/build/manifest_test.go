package build

import (
	"strings"
	"testing"
)

func TestDefaultManifestNamesEveryKind(t *testing.T) {
	m, err := ParseManifest(".", "default.yaml", DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Outputs) != len(Kinds()) {
		t.Fatalf("default manifest builds %d kinds, want all %d", len(m.Outputs), len(Kinds()))
	}
	for i, k := range Kinds() {
		if m.Outputs[i].Kind != k.Name {
			t.Errorf("output %d = %s, want %s", i, m.Outputs[i].Kind, k.Name)
		}
	}
}

func TestParseManifestErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the joined error, in any order
	}{
		{"unknown top key", "dta: x.yaml\n", []string{"m.yaml:1:1:", "未知的键“dta”", "您是不是要写“data”"}},
		{"unknown kind", "outputs:\n  - kind: notise\n", []string{"m.yaml:2:5:", "未知的文种“notise”", "“notice”"}},
		{"short form kind", "outputs:\n  - plann\n  - kind: plan\n    templte: a.docx\n", []string{"m.yaml:2:5:", "m.yaml:4:5:", "“template”"}},
		{"missing kind", "outputs:\n  - template: a.docx\n", []string{"m.yaml:2:5:", "缺少 kind"}},
		{"unknown Chinese kind", "outputs:\n  - 督办通告\n", []string{"m.yaml:2:5:", "未知的文种“督办通告”", "“督办通知”"}},
		{"empty outputs", "outputs: []\n", []string{"m.yaml:1:10:", "outputs 为空"}},
		{"outputs not a list", "outputs: plan\n", []string{"m.yaml:1:10:", "outputs 应为列表"}},
		{"broken yaml", "outputs: [plan\n", []string{"YAML 格式错误"}},
		{"empty", "", []string{"构建清单为空"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseManifest(".", "m.yaml", []byte(tc.src))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestParseManifestEntry(t *testing.T) {
	m, err := ParseManifest("/p", "m.yaml", []byte("data: d.yaml\nout: build\noutputs:\n  - kind: notice\n    template: my/tongzhi.docx\n    only: [n1, n2]\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := m.Outputs[0]
	if m.Path(m.Data) != "/p/d.yaml" || m.Out != "build" || e.Template != "my/tongzhi.docx" || len(e.Only) != 2 || e.Line != 4 {
		t.Errorf("manifest = %+v, entry %+v", m, e)
	}
}

// A clerk names kinds as the other commands take them, in Chinese or by the
// manifest's word; a manifest without outputs builds every kind, as the
// built-in one does.
func TestParseManifestKindNames(t *testing.T) {
	m, err := ParseManifest(".", "m.yaml", []byte("outputs:\n  - 通知\n  - kind: 督办通知\n  - weekly\n  - kind: 周工作清单\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range m.Outputs {
		got = append(got, e.Kind)
	}
	if want := "notice supervision weekly weekly"; strings.Join(got, " ") != want {
		t.Errorf("kinds = %v, want %s", got, want)
	}
	m, err = ParseManifest(".", "m.yaml", []byte("date: 2013-07-15\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Outputs) != len(Kinds()) {
		t.Errorf("a manifest without outputs builds %d kinds, want all %d", len(m.Outputs), len(Kinds()))
	}
}

package templates_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/docdata"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.txt from the built-in templates")

// goldenDates are the build dates of the golden documents: the default
// manifest's mid-year date, and the year's end, when the annual summary and
// the year's last 督办 are due.
var goldenDates = []string{"2013-07-15", "2013-12-31"}

// TestGolden builds every built-in Word template with the default data, as
// each kind that uses it, and compares the documents' text — paragraph by
// paragraph with its style, tables cell by cell — with
// testdata/golden/<template>.txt; every document must also pass the GB/T
// 9704 linter without a finding. A template may be rewritten freely as long
// as this text stays; when a change is meant, regenerate with
//
//	go test ./templates -run TestGolden -update
//
// and read the diff of testdata/golden before committing.
func TestGolden(t *testing.T) {
	m, err := build.ParseManifest("..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	// Two variants of the data give the 版头's optional elements, which the
	// default data leaves out, to every document of the data that has one:
	// 份号, 密级, 紧急程度 and 签发人 in the 文件格式, and the same in the
	// 信函格式 (the 督办通知 and 会议通知 as the office's letters).
	full, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	letter, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []*model.Campaign{full, letter} {
		for i := range v.Documents {
			d := &v.Documents[i]
			d.CopyNo, d.Secret, d.Urgency = "000012", "秘密★1年", "特急"
			if v == full {
				d.Signer = []string{"张三", "李四"}
			} else {
				d.Format = "信函"
			}
		}
	}
	letter.Profile.Letters = []model.DocumentKind{model.Supervision, model.MeetingNotice}
	variants := []struct {
		name string
		c    *model.Campaign
		head bool // only the kinds whose view has a 版头
	}{{"", c, false}, {"（版头齐全）", full, true}, {"（信函格式）", letter, true}}

	byTemplate := map[string][]*docdata.Kind{}
	for _, k := range docdata.Kinds() {
		byTemplate[k.Template] = append(byTemplate[k.Template], k)
	}
	n := 0
	for _, name := range templates.Names() {
		if filepath.Ext(name) != ".docx" {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(name, ".docx"), func(t *testing.T) {
			kinds := byTemplate[name]
			if len(kinds) == 0 {
				t.Fatalf("%s: no kind uses this built-in template", name)
			}
			var out strings.Builder
			seen := map[string]bool{}
			docs := 0
			for _, vr := range variants {
				for _, k := range kinds {
					if _, ok := k.ViewType().FieldByName("Head"); vr.head && !ok {
						continue
					}
					for _, day := range goldenDates {
						date, _ := time.Parse(time.DateOnly, day)
						mm := *m
						mm.Outputs = []build.Entry{{Kind: k.Name}}
						if k == docdata.SupervisionSummary {
							// Built beside the 督办通知 it reports on, as the
							// default build sends them: built alone it does
							// not say they were sent (QA s11 finding 17).
							mm.Outputs = append(mm.Outputs, build.Entry{Kind: docdata.Supervision.Name})
						}
						jobs, err := build.Plan(context.Background(), &mm, vr.c, date)
						if err != nil {
							t.Fatalf("%s at %s: %v", k.Name, day, err)
						}
						for _, j := range jobs {
							if j.Ext != ".docx" || k != docdata.Supervision && j.Kind == docdata.Supervision.Label {
								continue
							}
							var buf bytes.Buffer
							if err := j.Render(context.Background(), &buf); err != nil {
								t.Fatalf("%s《%s》at %s: %v", k.Label, j.Title, day, err)
							}
							text, err := docText(buf.Bytes())
							if err != nil {
								t.Fatalf("%s《%s》: %v", k.Label, j.Title, err)
							}
							lintClean(t, fmt.Sprintf("%s《%s》(%s)", k.Label, j.Title, day), buf.Bytes())
							// A document that reads the same at both dates is
							// written once.
							if key := vr.name + j.Title + "\x00" + text; !seen[key] {
								seen[key] = true
								docs++
								fmt.Fprintf(&out, "=== %s%s《%s》 构建日期 %s\n%s\n", k.Label, vr.name, j.Title, day, text)
							}
						}
					}
				}
			}
			if docs == 0 {
				t.Fatalf("%s: the default data builds no document with it", name)
			}
			compareGolden(t, filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".docx")+".txt"), out.String())
		})
	}
	if n == 0 {
		t.Fatal("no built-in Word templates")
	}
}

// lintClean fails on any GB/T 9704 finding of a built document.
func lintClean(t *testing.T, what string, data []byte) {
	t.Helper()
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	fs, err := gbt9704.Lint(pkg)
	if err != nil {
		t.Fatalf("%s: lint: %v", what, err)
	}
	for _, f := range fs {
		t.Errorf("%s: %s", what, f)
	}
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./templates -run TestGolden -update)", err)
	}
	if string(want) == got {
		return
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	var diff strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			fmt.Fprintf(&diff, "line %d:\n  want %q\n  got  %q\n", i+1, a, b)
			shown++
		}
	}
	t.Errorf("%s differs from the documents built now (if the change is meant: go test ./templates -run TestGolden -update, and review the diff):\n%s", path, diff.String())
}

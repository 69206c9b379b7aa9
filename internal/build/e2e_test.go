package build_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
)

// buildDefault builds the default document set from the seed campaign into
// a temporary folder, as `gongwen build` does.
func buildDefault(t *testing.T, out string) []build.Result {
	t.Helper()
	m, err := build.ParseManifest("../..", "default.yaml", build.DefaultManifest())
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(m.Path(m.Data))
	if err != nil {
		t.Fatalf("default data: %v", err)
	}
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	res, err := build.Run(context.Background(), jobs, build.Options{Out: out})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return res.Results
}

// TestDefaultSetIsDeterministic builds the set twice into different
// folders: every file must be byte-identical.
func TestDefaultSetIsDeterministic(t *testing.T) {
	a := buildDefault(t, t.TempDir())
	b := buildDefault(t, t.TempDir())
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].SHA256 != b[i].SHA256 {
			t.Errorf("%s differs between two builds", filepath.Base(a[i].Path))
		}
	}
	kinds := map[string]int{}
	for _, r := range a {
		kinds[r.Kind]++
	}
	// As of the manifest's date (2013-07-15) the seed campaign has three
	// notices, one 印发通知, the plan, the speech, two 责任分工, four
	// briefings, eight summaries, the report and four workbooks; then the
	// meetings' paperwork and a 督办 letter and reply sheet for each of the
	// four lead units of the overdue task led by units (the other, the
	// 综合组's, goes to the 工作例会: no 督办通知 to the office's own group).
	want := map[string]int{"通知": 3, "印发通知": 1, "工作方案": 1, "讲话稿": 1, "责任分工": 2, "简报": 4,
		"总结": 8, "汇报": 1, "责任分工表": 1, "责任矩阵": 1, "推进计划": 1, "周工作清单": 1,
		"会议通知": 1, "参会回执": 1, "会议纪要": 5, "签到表": 3, "督办通知": 4, "督办事项回复表": 4, "督办情况汇总": 1}
	total := 0
	for _, n := range want {
		total += n
	}
	if len(a) != total {
		t.Errorf("%d files, want %d", len(a), total)
	}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d × %s, want %d", kinds[k], k, n)
		}
	}
}

// TestDefaultSetOpensInRealClients opens every built document with
// python-docx or openpyxl and converts it with LibreOffice: each must open,
// show its title, and lay out on at least one page. Word documents must
// also pass the GB/T 9704 linter without errors.
func TestDefaultSetOpensInRealClients(t *testing.T) {
	clients.RequireLibreOffice(t)
	clients.RequirePython(t, "docx")
	clients.RequirePython(t, "openpyxl")
	out := t.TempDir()
	res := buildDefault(t, out)

	for _, r := range res {
		name := filepath.Base(r.Path)
		switch filepath.Ext(r.Path) {
		case ".docx":
			d := clients.ReadDocx(t, r.Path)
			text := clients.Squash(strings.Join(d.Paragraphs, "") + tablesText(d.Tables))
			if !strings.Contains(text, clients.Squash(shortTitle(r.Title))) {
				t.Errorf("%s: python-docx text lacks the title %q", name, r.Title)
			}
			fs, err := gbt9704.LintFile(r.Path)
			if err != nil {
				t.Errorf("%s: lint: %v", name, err)
			} else if n := gbt9704.Errors(fs); n > 0 {
				for _, f := range fs {
					t.Logf("%s: %v", name, f)
				}
				t.Errorf("%s: %d GB/T 9704 errors", name, n)
			}
		case ".xlsx":
			sheets := clients.ReadXlsx(t, r.Path)
			if len(sheets) == 0 {
				t.Errorf("%s: openpyxl sees no sheet", name)
			}
		}
	}

	start := time.Now()
	var paths []string
	for _, r := range res {
		paths = append(paths, r.Path)
	}
	pdfs, err := build.ConvertPDF(context.Background(), paths)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("LibreOffice converted %d files in %v", len(pdfs), time.Since(start).Round(time.Millisecond))
	for _, r := range res {
		pdf := pdfs[r.Path]
		if pdf == "" {
			t.Errorf("%s: LibreOffice made no PDF", filepath.Base(r.Path))
			continue
		}
		text, pages := clients.PDFText(t, pdf)
		if pages < 1 {
			t.Errorf("%s: PDF has no page", filepath.Base(pdf))
		}
		if filepath.Ext(r.Path) == ".docx" && !strings.Contains(clients.Squash(text), clients.Squash(shortTitle(r.Title))[:12]) {
			t.Errorf("%s: PDF text lacks the start of the title %q", filepath.Base(pdf), r.Title)
		}
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// shortTitle drops what a document prints apart from its title line (the
// briefing's issue number is on its own line).
func shortTitle(title string) string {
	if i := strings.Index(title, "第"); i > 0 && strings.HasSuffix(title, "期") {
		return title[:i]
	}
	return title
}

func tablesText(ts [][][]string) string {
	var b strings.Builder
	for _, t := range ts {
		for _, row := range t {
			for _, c := range row {
				b.WriteString(c)
			}
		}
	}
	return b.String()
}

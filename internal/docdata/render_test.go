package docdata

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gongwen/internal/clients"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// job is one document of the default set: its view and template.
type job struct {
	name string
	tpl  string
	view *View
}

func jobs(t *testing.T) []job {
	t.Helper()
	c := campaign(t)
	date := time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)
	var out []job
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == model.Minutes {
			continue
		}
		v, err := For(d.Kind, c, d, date, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		out = append(out, job{d.ID, v.Template, v})
	}
	out = append(out, job{"plan", "fangan.docx", viewOf(c, forPlanT(c, date, Options{}))},
		job{"division", "fengong.docx", viewOf(c, forDivisionT(c, date))},
		job{"summary-q1", "zongjie.docx", viewOf(c, forSummaryT(c, nil, QuarterSpan(2013, 1), date, Options{}))},
		job{"summary-year", "zongjie.docx", viewOf(c, forSummaryT(c, nil, YearSpan(2013), date, Options{}))})
	for i := range c.Briefings.Issues {
		b := &c.Briefings.Issues[i]
		out = append(out, job{"briefing-" + b.Date.Format("0102"), "jianbao.docx", viewOf(c, forBriefingT(c, b))})
	}
	return out
}

func render(t *testing.T, tplName string, v *View) []byte {
	t.Helper()
	data, err := templates.Read(tplName)
	if err != nil {
		t.Fatal(err)
	}
	return renderTemplate(t, tplName, data, v)
}

// renderTemplate is render with the template's bytes: a built-in one as
// a clerk edited it.
func renderTemplate(t *testing.T, tplName string, data []byte, v *View) []byte {
	t.Helper()
	var err error
	if data, err = Restyle(data, v.Campaign); err != nil {
		t.Fatal(err)
	}
	if OwnColophonPage(v.Typed) { // as gongwen build prepares it
		if data, err = PageRules(data); err != nil {
			t.Fatal(err)
		}
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := docx.Parse(tplName, pkg, docx.Options{Funcs: funcs.Map(funcs.Options{Date: time.Date(2013, 12, 31, 0, 0, 0, 0, time.UTC)})})
	if err != nil {
		t.Fatalf("parse %s: %v", tplName, err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, v.Typed, docx.ExecOptions{}); err != nil {
		t.Fatalf("render %s: %v", tplName, err)
	}
	return buf.Bytes()
}

// TestRenderDefaultSet renders every document of the default data with its
// built-in template, lints the result and reads it back with python-docx.
func TestRenderDefaultSet(t *testing.T) {
	dir := t.TempDir()
	for _, j := range jobs(t) {
		t.Run(j.name, func(t *testing.T) {
			out := render(t, j.tpl, j.view)
			path := filepath.Join(dir, j.name+".docx")
			if err := os.WriteFile(path, out, 0o644); err != nil {
				t.Fatal(err)
			}
			if keep := os.Getenv("GONGWEN_KEEP"); keep != "" {
				os.WriteFile(filepath.Join(keep, j.name+".docx"), out, 0o644)
			}
			fs, err := gbt9704.LintFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				t.Errorf("lint: %s", f)
			}
			d := clients.ReadDocx(t, path)
			text := strings.Join(d.Paragraphs, "\n")
			for _, tb := range d.Tables {
				for _, r := range tb {
					text += "\n" + strings.Join(r, "|")
				}
			}
			if strings.Contains(text, "{{") {
				t.Errorf("actions left in the output:\n%s", text)
			}
			if j.view.Title != "" && !strings.Contains(clients.Squash(text), clients.Squash(strings.Join(j.view.TitleLines, ""))) {
				t.Errorf("title %q missing", j.view.Title)
			}
			// A telephone number's hyphen is held by word joiners.
			text = strings.ReplaceAll(text, "\u2060", "")
			for _, b := range j.view.Body {
				if !strings.Contains(text, b.Number+b.Heading+b.Text) {
					t.Errorf("paragraph %q missing", b.Number+b.Heading+b.Text)
				}
			}
		})
	}
}

// TestRestyledRender renders a notice for an office with its own fonts and
// red: the output names them and still passes the linter.
func TestRestyledRender(t *testing.T) {
	c := campaign(t)
	c.Profile.Fonts.Body = "方正仿宋_GBK"
	c.Profile.Red = "C00000"
	d := c.DocumentByID("tz-ldxz")
	v, err := For(d.Kind, c, d, time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, "tongzhi.docx", v)
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	styles, _ := pkg.Read("word/styles.xml")
	doc, _ := pkg.Read("word/document.xml")
	if !bytes.Contains(styles, []byte(`"方正仿宋_GBK"`)) || !bytes.Contains(doc, []byte(`"C00000"`)) {
		t.Error("profile fonts or red not applied")
	}
	fs, err := gbt9704.Lint(pkg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		t.Errorf("lint: %s", f)
	}
}

// TestPlanDocumentEqualsSeed renders the work plan and compares its
// paragraphs, as python-docx reads them, with the seed line for line.
func TestPlanDocumentEqualsSeed(t *testing.T) {
	c := campaign(t)
	out := render(t, "fangan.docx", forPlanT(c, time.Date(2013, 2, 1, 0, 0, 0, 0, time.UTC), Options{}))
	path := filepath.Join(t.TempDir(), "plan.docx")
	os.WriteFile(path, out, 0o644)
	d := clients.ReadDocx(t, path)
	var got []string
	for _, p := range d.Paragraphs {
		if strings.TrimSpace(p) != "" {
			got = append(got, p)
		}
	}
	want := seedLines(t)
	if len(got) != len(want) {
		t.Errorf("%d paragraphs, the seed has %d lines", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if normalise(got[i]) != normalise(want[i]) {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, got[i], want[i])
		}
	}
}

// TestLibreOffice converts a few rendered documents to PDF and checks their
// text: the plan against the seed, the notice with attachments, the table.
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	dir := t.TempDir()
	for _, j := range jobs(t) {
		if j.name != "plan" && j.name != "yf-fg" && j.name != "division" && !strings.HasPrefix(j.name, "briefing-") {
			continue
		}
		path := filepath.Join(dir, j.name+".docx")
		os.WriteFile(path, render(t, j.tpl, j.view), 0o644)
		pdf := clients.ToPDF(t, path)
		text, pages := clients.PDFText(t, pdf)
		// Page numbers stand between the lines of a paragraph that runs
		// over a page; drop them before comparing text.
		numbers := regexp.MustCompile(`(?m)^\s*— ?\d+ ?—\s*$`)
		if !numbers.MatchString(text) {
			t.Errorf("%s: no page number “— N —” in the PDF", j.name)
		}
		sq := clients.Squash(numbers.ReplaceAllString(text, ""))
		if pages < 1 {
			t.Errorf("%s: no pages", j.name)
		}
		switch {
		case j.name == "plan":
			// LibreOffice hangs a line-final 。 into the margin, where
			// pdftotext may lose it: compare without punctuation.
			bare := strings.NewReplacer("。", "", "，", "", "、", "", "：", "", "；", "")
			for _, l := range seedLines(t) {
				if !strings.Contains(bare.Replace(normalise(sq)), bare.Replace(normalise(clients.Squash(l)))) {
					t.Errorf("plan PDF lacks seed line %q", l)
				}
			}
		case j.name == "division":
			// Cells wrap, and pdftotext interleaves the columns' lines:
			// look for the header and the start of each task.
			for _, want := range []string{"专项活动", "序号", "工作任务", "牵头单位", "责任单位"} {
				if !strings.Contains(sq, want) {
					t.Errorf("division PDF lacks the header %q", want)
				}
			}
			for _, r := range j.view.Division {
				// A task broken by hand (举办 / “五个湖北” / 建设专题研讨):
				// the start of its first line.
				task := r.Task
				if len(r.Cells.Task) > 0 {
					task = r.Cells.Task[0]
				}
				first := []rune(strings.Split(task, "\u2028")[0])
				if start := string(first[:min(4, len(first))]); !strings.Contains(sq, start) {
					t.Errorf("division PDF lacks task %q", r.Task)
				}
			}
		case j.name == "yf-fg":
			if pages < 3 {
				t.Errorf("issue notice with two attachments has %d pages", pages)
			}
			// What the notice issues follows under its own title, not as
			// an attachment: no 附件说明, no 附件 label.
			for _, a := range j.view.Appendices {
				if want := clients.Squash(a.TitleLines[0]); !strings.Contains(sq, want) {
					t.Errorf("issue notice PDF lacks the issued document %q", want)
				}
			}
			if !strings.Contains(sq, "印发") || strings.Contains(sq, "附件") {
				t.Errorf("issue notice PDF: want 印发 and no 附件 in\n%s", sq)
			}
			// The 版记 sits at the bottom of the type area (which ends
			// 35 mm = 99 pt above the bottom of the 842 pt page).
			if y := wordTop(t, pdf, pages, "印发"); y < 842-99-60 || y > 842-99 {
				t.Errorf("the 印发 line is at %.0f pt from the top, not at the bottom of the type area", y)
			}
		default:
			if !strings.Contains(sq, clients.Squash(j.view.Briefing.Issue)) {
				t.Errorf("%s PDF lacks %q", j.name, j.view.Briefing.Issue)
			}
		}
		if os.Getenv("GONGWEN_KEEP") != "" {
			b, _ := os.ReadFile(path)
			os.WriteFile(filepath.Join(os.Getenv("GONGWEN_KEEP"), j.name+".docx"), b, 0o644)
		}
	}
}

// wordTop is the top of the last word on page containing s, in points
// from the top of the page, as pdftotext -bbox gives it.
func wordTop(t *testing.T, pdf string, page int, s string) float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	y := -1.0
	re := regexp.MustCompile(`yMin="([0-9.]+)"[^>]*>([^<]*)<`)
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		if strings.Contains(m[2], s) {
			y, _ = strconv.ParseFloat(m[1], 64)
		}
	}
	return y
}

// TestRenderOptionalHead renders a notice with every optional element of
// the 版头 and 版记 — 份号, 密级, 紧急程度, 签发人, seal, 附注 — and a joint
// mark, and checks text and layout rules.
func TestRenderOptionalHead(t *testing.T) {
	c := campaign(t)
	d := *c.DocumentByID("tz-ldxz")
	d.CopyNo, d.Secret, d.Urgency = "000123", "秘密★1年", "特急"
	d.Signer = []string{"张三", "李四"}
	d.Note = "此件发至县级"
	d.Organs = []string{c.Profile.Organs[0].ID, c.Profile.Organs[1].ID}
	c.Profile.Seal = true
	v, err := For(d.Kind, c, &d, time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.HeadGap) != 0 || len(v.Joint) != 2 || v.Mark != "" {
		t.Errorf("head: gap %d, joint %q, mark %q", len(v.HeadGap), v.Joint, v.Mark)
	}
	out := render(t, "tongzhi.docx", v)
	path := filepath.Join(t.TempDir(), "head.docx")
	os.WriteFile(path, out, 0o644)
	if keep := os.Getenv("GONGWEN_KEEP"); keep != "" {
		os.WriteFile(filepath.Join(keep, "head.docx"), out, 0o644)
	}
	fs, err := gbt9704.LintFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		t.Errorf("lint: %s", f)
	}
	doc := clients.ReadDocx(t, path)
	text := strings.Join(doc.Paragraphs, "\n")
	for _, tb := range doc.Tables {
		for _, r := range tb {
			text += "\n" + strings.Join(r, "|")
		}
	}
	for _, want := range []string{"000123", "秘密★1年", "特急", "签发人：张三  李四", "（此件发至县级）", v.Joint[0], v.Joint[1], "文件"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// TestDivisionMergesActivities gives two tasks to one activity: the table
// has a row per task, the 专项活动 cells merged, and the header repeats.
func TestDivisionMergesActivities(t *testing.T) {
	c := campaign(t)
	a := c.Activities[0].ID
	n := 0
	for i := range c.Tasks {
		c.Tasks[i].Activity = "" // the default data's own activity tasks aside
		if n < 2 {
			c.Tasks[i].Activity = a
			n++
		}
	}
	v := forDivisionT(c, time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC))
	if len(v.Division) != len(c.Activities)+1 || v.Division[0].Activity != v.Division[1].Activity {
		t.Fatalf("rows: %+v", v.Division)
	}
	out := render(t, "fengong.docx", v)
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	s := string(doc)
	if !strings.Contains(s, `<w:vMerge w:val="restart"/>`) || !strings.Contains(s, `<w:vMerge/>`) {
		t.Errorf("no merged 专项活动 cells")
	}
	if !strings.Contains(s, `<w:tblHeader/>`) {
		t.Errorf("header row does not repeat")
	}
	path := filepath.Join(t.TempDir(), "division.docx")
	os.WriteFile(path, out, 0o644)
	d := clients.ReadDocx(t, path)
	if len(d.Tables) != 1 || len(d.Tables[0]) != len(v.Division)+1 {
		t.Fatalf("python-docx reads %d tables", len(d.Tables))
	}
	// The category is broken between its words (学习贯彻 / 十八大 / …).
	if got := strings.ReplaceAll(d.Tables[0][1][0], "\n", ""); got != v.Division[0].Activity || d.Tables[0][2][0] != d.Tables[0][1][0] {
		t.Errorf("merged cells read %q / %q", got, d.Tables[0][2][0])
	}
}

// TestSignaturePageHasBody: in LibreOffice the page with the signature
// and date also holds body text, and the 附注 stays on it — GB/T 9704
// 7.3.5 forbids a signature page without text. The QA pass found the
// 开展…通知's 附注 alone on page 3 and the 上半年 summary's signature
// alone on its last page.
func TestSignaturePageHasBody(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	c := campaign(t)
	built := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	var views []job
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Note != "" && d.Kind == model.Notice {
			v, err := For(d.Kind, c, d, built, Options{})
			if err != nil {
				t.Fatal(err)
			}
			views = append(views, job{d.ID, "tongzhi.docx", v})
		}
	}
	views = append(views, job{"summary-h1", "zongjie.docx", forSummaryT(c, nil, HalfSpan(2013, 1), built, Options{})})
	if len(views) < 2 {
		t.Fatal("the default data has no notice with a 附注")
	}
	numbers := regexp.MustCompile(`(?m)^\s*— ?\d+ ?—\s*$`)
	dir := t.TempDir()
	for _, j := range views {
		path := filepath.Join(dir, j.name+".docx")
		if err := os.WriteFile(path, render(t, j.tpl, j.view), 0o644); err != nil {
			t.Fatal(err)
		}
		text, _ := clients.PDFText(t, clients.ToPDF(t, path))
		date := clients.Squash(j.view.DateLine)
		found := false
		for n, page := range strings.Split(text, "\f") {
			sq := clients.Squash(numbers.ReplaceAllString(page, ""))
			if !strings.Contains(sq, date) {
				continue
			}
			found = true
			rest := sq
			for _, s := range append(append([]string{}, j.view.SignLines...), j.view.DateLine, j.view.Remark) {
				rest = strings.Replace(rest, clients.Squash(s), "", 1)
			}
			if rest == "" {
				t.Errorf("%s: page %d holds only the signature and date", j.name, n+1)
			}
			if j.view.Remark != "" && !strings.Contains(sq, clients.Squash(j.view.Remark)) {
				t.Errorf("%s: the 附注 %s is not on the page of the date (page %d)", j.name, j.view.Remark, n+1)
			}
			break
		}
		if !found {
			t.Errorf("%s: no page holds the date %s", j.name, date)
		}
	}
}

// TestDivisionChosenColumns renders a table of columns chosen in the data
// with the built-in template: python-docx reads exactly those columns,
// headed as the data heads them, the table as wide as the type area.
func TestDivisionChosenColumns(t *testing.T) {
	c := programme(false)
	// Every category row across the table (category_rows: [整行]); the
	// default 分列 of the sub-categories is TestDivisionSplitHeadings'.
	c.Division = model.DivisionLayout{Layout: model.LayoutTable, Columns: []string{"序号", "重点任务", "责任单位", "完成时限", "备注"},
		CategoryRows: []string{model.CategoryRowWhole}}
	v := forDivisionT(c, time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC))
	out := render(t, "fengong.docx", v)
	path := filepath.Join(t.TempDir(), "division.docx")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	fs, err := gbt9704.LintFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		t.Errorf("lint: %s", f)
	}
	d := clients.ReadDocx(t, path)
	// The categories head their tasks in rows of one merged cell, which
	// python-docx reads as that cell in each of the row's five columns.
	// Every category, the nested （一）稳增长 too, heads its tasks; the
	// task of no category comes first (model.Outline).
	if len(d.Tables) != 1 || len(d.Tables[0]) != len(c.Tasks)+4 {
		t.Fatalf("python-docx reads %d tables: %q", len(d.Tables), d.Tables)
	}
	h1 := slices.Repeat([]string{"一、主要预期目标"}, 5)
	h2 := slices.Repeat([]string{"二、重点工作任务"}, 5)
	h3 := slices.Repeat([]string{"（一）稳增长"}, 5)
	want := [][]string{{"序号", "重点任务", "责任单位", "完成时限", "备注"}, {"1", "一个没有类别的任务", "区财政局", "", ""}, h1,
		{"2", "地区生产总值增长6%左右", "区发展改革委\n各街道\n区财政局", "每季度最后一个月25日前", ""}, h2, h3,
		{"3", "推进重大项目建设", "各街道", "6月底前", ""}, {"4", "既无单位也无期限的任务", "", "", ""}}
	for i, w := range want {
		if got := d.Tables[0][i]; strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("row %d reads %q, want %q", i, got, w)
		}
	}
	if !testing.Short() {
		// LibreOffice sets each heading above its tasks.
		text, _ := clients.PDFText(t, clients.ToPDF(t, path))
		text = clients.Squash(text)
		last := -1
		for _, w := range []string{"一、主要预期目标", "地区生产总值增长6%左右", "二、重点工作任务", "推进重大项目建设"} {
			at := strings.Index(text, w)
			if at <= last {
				t.Errorf("%s is not after what precedes it in the PDF:\n%s", w, text)
			}
			last = at
		}
	}
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pkg.Read("word/document.xml")
	if n := strings.Count(string(doc), `<w:gridSpan w:val="5"/>`); n != 3 {
		t.Errorf("%d cells span the five columns, want the 3 category rows", n)
	}
	if !strings.Contains(string(doc), `<w:tblW w:w="5000" w:type="pct"/>`) || strings.Count(string(doc), "<w:gridCol ") != 5 {
		t.Error("the table of chosen columns is not five columns as wide as the type area")
	}
}

// Package clients drives the real programs that open what gongwen writes —
// python-docx and openpyxl (Debian's /usr/bin/python3), LibreOffice and
// poppler — so tests can check that a document opens and shows the right
// text. It is for tests only.
//
// Where a program is missing a test is skipped with the reason, except when
// the environment variable CI is "true": CI installs every client, so a
// missing one there is a failure, never a silent skip.
package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/templates"
)

// Python is the interpreter that has python-docx and openpyxl. A python3
// earlier on PATH (pyenv) does not see Debian's packages.
const Python = "/usr/bin/python3"

// need skips t, or fails it under CI, when ok is false.
func need(t testing.TB, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing, and CI must run this check (.ci/run installs it)", what)
	}
	t.Skipf("skipped: %s is not installed here (CI installs it)", what)
}

var pyModules sync.Map // module name → bool

func hasPyModule(mod string) bool {
	if v, ok := pyModules.Load(mod); ok {
		return v.(bool)
	}
	err := exec.Command(Python, "-c", "import "+mod).Run()
	pyModules.Store(mod, err == nil)
	return err == nil
}

// RequirePython skips (or fails under CI) unless /usr/bin/python3 can import mod
// ("docx" or "openpyxl").
func RequirePython(t testing.TB, mod string) {
	t.Helper()
	need(t, hasPyModule(mod), "python module "+mod+" for "+Python)
}

// RunPython runs script with args under /usr/bin/python3 and returns stdout.
// The script is passed with -c; it fails the test on a non-zero exit.
func RunPython(t testing.TB, mod, script string, args ...string) []byte {
	t.Helper()
	RequirePython(t, mod)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, Python, append([]string{"-c", script}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python (%s) failed: %v\n%s", mod, err, stderr.String())
	}
	return out
}

const docxScript = `
import sys, json, docx
d = docx.Document(sys.argv[1])
def cells(t):
    return [[c.text for c in r.cells] for r in t.rows]
out = {"paragraphs": [p.text for p in d.paragraphs],
       "tables": [cells(t) for t in d.tables],
       "headers": [], "footers": []}
for s in d.sections:
    for which, part in (("headers", s.header), ("footers", s.footer)):
        try:
            out[which].append("\n".join(p.text for p in part.paragraphs))
        except Exception:
            pass
json.dump(out, sys.stdout, ensure_ascii=False)
`

// Docx is a Word document as python-docx reads it.
type Docx struct {
	Paragraphs []string     `json:"paragraphs"`
	Tables     [][][]string `json:"tables"`
	Headers    []string     `json:"headers"`
	Footers    []string     `json:"footers"`
}

// ReadDocx opens path with python-docx and returns its text. A file that
// python-docx cannot open fails the test.
func ReadDocx(t testing.TB, path string) Docx {
	t.Helper()
	var d Docx
	if err := json.Unmarshal(RunPython(t, "docx", docxScript, path), &d); err != nil {
		t.Fatalf("python-docx output: %v", err)
	}
	return d
}

const xlsxScript = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for r in ws.iter_rows(values_only=True):
        rows.append([None if v is None else str(v) for v in r])
    out[ws.title] = {"rows": rows,
        "merged": sorted(str(m) for m in ws.merged_cells.ranges),
        "validations": [{"sqref": str(v.sqref), "formula1": v.formula1} for v in ws.data_validations.dataValidation],
        "print_title_rows": ws.print_title_rows}
json.dump(out, sys.stdout, ensure_ascii=False)
`

// Sheet is one worksheet as openpyxl reads it. Cell values are strings, nil
// for empty cells.
type Sheet struct {
	Rows           [][]*string                        `json:"rows"`
	Merged         []string                           `json:"merged"`
	Validations    []struct{ Sqref, Formula1 string } `json:"validations"`
	PrintTitleRows *string                            `json:"print_title_rows"`
}

// ReadXlsx opens path with openpyxl and returns its sheets by name.
func ReadXlsx(t testing.TB, path string) map[string]Sheet {
	t.Helper()
	out := map[string]Sheet{}
	if err := json.Unmarshal(RunPython(t, "openpyxl", xlsxScript, path), &out); err != nil {
		t.Fatalf("openpyxl output: %v", err)
	}
	return out
}

var (
	profileOnce sync.Once
	profileDir  string
	profileErr  error
)

// sofficeProfile is one LibreOffice profile for the whole test process:
// creating a profile is half the cost of a conversion. It lives in the
// system's temporary folder.
func sofficeProfile(t testing.TB) string {
	profileOnce.Do(func() { profileDir, profileErr = os.MkdirTemp("", "gongwen-test-lo-") })
	if profileErr != nil {
		t.Fatalf("LibreOffice profile: %v", profileErr)
	}
	return profileDir
}

// soffice runs one conversion at a time: two LibreOffice processes sharing a
// profile fight over its lock.
var sofficeMu sync.Mutex

// RequireLibreOffice skips (or fails under CI) unless soffice and pdftotext exist.
func RequireLibreOffice(t testing.TB) {
	t.Helper()
	_, err1 := exec.LookPath("soffice")
	_, err2 := exec.LookPath("pdftotext")
	need(t, err1 == nil && err2 == nil, "LibreOffice (soffice) and poppler-utils (pdftotext)")
}

// PDFFilter is LibreOffice's PDF export keeping the blank pages it inserts
// (a section starting on an even page), for Word documents: without IsSkipEmptyPages=false
// LibreOffice leaves them out of a PDF, which then no longer prints two-sided
// as the document does.
const PDFFilter = `pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}`

// ToPDF converts a .docx or .xlsx with LibreOffice into a PDF in a temporary
// folder and returns its path. A file LibreOffice cannot convert fails the test.
func ToPDF(t testing.TB, path string) string {
	t.Helper()
	RequireLibreOffice(t)
	sofficeMu.Lock()
	defer sofficeMu.Unlock()
	dir := t.TempDir()
	profile := "file://" + sofficeProfile(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	filter := "pdf"
	if strings.EqualFold(filepath.Ext(path), ".docx") {
		filter = PDFFilter
	}
	cmd := exec.CommandContext(ctx, "soffice", "-env:UserInstallation="+profile, "--headless",
		"--convert-to", filter, "--outdir", dir, path)
	out, err := cmd.CombinedOutput()
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".pdf")
	if _, statErr := os.Stat(pdf); err != nil || statErr != nil {
		t.Fatalf("LibreOffice could not convert %s: %v\n%s", path, err, out)
	}
	return pdf
}

// ToPDFs converts Word documents with LibreOffice into PDFs in one run of
// soffice (its start-up dominates a conversion) and returns their paths,
// in the order of paths. The documents' names must differ. A file
// LibreOffice cannot convert fails the test.
func ToPDFs(t testing.TB, paths ...string) []string {
	t.Helper()
	return convertAll(t, t.TempDir(), PDFFilter, ".pdf", "convert", paths)
}

// ResaveDocx opens every .docx of paths in LibreOffice and saves it again
// as Word 2007 XML into dir, as a clerk who edits with LibreOffice would,
// in one run of soffice. It returns the new files' paths, in the order of
// paths. A file LibreOffice cannot convert fails the test.
func ResaveDocx(t testing.TB, dir string, paths ...string) []string {
	t.Helper()
	return convertAll(t, dir, `docx:MS Word 2007 XML`, ".docx", "re-save", paths)
}

// convertAll runs soffice once over paths with the filter, writing into
// dir, and returns the files it wrote (named after paths with ext), in
// order; verb says in a failure what was asked.
func convertAll(t testing.TB, dir, filter, ext, verb string, paths []string) []string {
	t.Helper()
	RequireLibreOffice(t)
	sofficeMu.Lock()
	defer sofficeMu.Unlock()
	profile := "file://" + sofficeProfile(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless",
		"--convert-to", filter, "--outdir", dir}, paths...)
	out, err := exec.CommandContext(ctx, "soffice", args...).CombinedOutput()
	var res []string
	for _, p := range paths {
		q := filepath.Join(dir, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))+ext)
		if _, statErr := os.Stat(q); err != nil || statErr != nil {
			t.Fatalf("LibreOffice could not %s %s: %v\n%s", verb, p, err, out)
		}
		res = append(res, q)
	}
	return res
}

const resaveScript = `
import sys, docx
for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
    docx.Document(src).save(dst)
`

// ResaveDocxPython opens every .docx of paths with python-docx and saves it
// into dir under the same name, in one run of python. It returns the new
// files' paths, in the order of paths.
func ResaveDocxPython(t testing.TB, dir string, paths ...string) []string {
	t.Helper()
	var args, res []string
	for _, p := range paths {
		q := filepath.Join(dir, filepath.Base(p))
		args = append(args, p, q)
		res = append(res, q)
	}
	RunPython(t, "docx", resaveScript, args...)
	return res
}

// PDFText returns the text of a PDF as pdftotext reads it, and its page count.
func PDFText(t testing.TB, pdf string) (text string, pages int) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	text = string(out)
	pages = strings.Count(text, "\f")
	if pages == 0 && len(strings.TrimSpace(text)) > 0 {
		pages = 1
	}
	return text, pages
}

// Squash removes all white space, so texts can be compared across the line
// breaks LibreOffice chooses, and the word joiners (U+2060) gongwen puts
// around a telephone number's hyphen to keep it on one line: they are in the
// document's text but pdftotext does not print them.
func Squash(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "\u2060", "")
}

// XlsxText is every cell of every sheet of the workbook at path, a row a
// line with tabs between cells. A cell's own line breaks are left out:
// gongwen lays a cell's lines out itself, and a reader sees one text.
func XlsxText(t testing.TB, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for i := range r {
				r[i] = strings.ReplaceAll(r[i], "\n", "")
			}
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

// ExportBuiltinWord writes every built-in Word template into dir, as
// `gongwen templates export` does, and returns the paths: the start of a
// re-save round trip (a clerk's suite opens and saves them).
func ExportBuiltinWord(t testing.TB, dir string) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, name := range templates.Names() {
		if !strings.EqualFold(filepath.Ext(name), ".docx") {
			continue
		}
		b, err := templates.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		t.Fatal("no built-in Word templates")
	}
	return out
}

package templates

// The built-in Word templates are ordinary .docx files and are maintained
// as such: open one in Word or WPS, change it, save it, and commit it. The
// tests read the committed files — TestGolden builds each with the default
// data and compares the text with testdata/golden, TestTemplatesAreCompact
// keeps the {{…}} control lines few, and internal/e2e/resave's
// TestResavedTemplatesBuildAlike re-saves each through LibreOffice and
// python-docx. Two files are still written by programs: fengong.docx (the
// 责任分工 table, by gen/docx) and the Excel templates (by gen/xlsx); a test
// checks each matches what its program writes.
//go:generate go run ./gen/docx
//go:generate go run ./gen/xlsx

package templates

// The built-in templates are written by programs in gen/, so a change to a
// template is a reviewable change to Go source; a test checks the committed
// files match what the generators write. gen/meetings derives its templates
// from tongzhi.docx, so it runs after gen/docx.
//go:generate go run ./gen/docx
//go:generate go run ./gen/xlsx
//go:generate go run ./gen/meetings

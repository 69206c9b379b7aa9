package docx

import (
	"fmt"
	"io"

	"gongwen/internal/opc"
)

// Parse compiles the templated parts of an opened .docx: word/document.xml,
// every header and footer, footnotes, endnotes and docProps/core.xml. name
// is the template file's name, used in error messages. A template with
// problems gives Errors listing every one of them.
//
// The package passes opc's Check first, as in every program of gongwen: a
// package without word/document.xml, or with a DOCTYPE, entities or a
// part not in UTF-8, is refused rather than copied into the output.
func Parse(name string, pkg *opc.Package, opts Options) (*Template, error) {
	if err := pkg.Check("word/document.xml"); err != nil {
		return nil, fmt.Errorf("模板 %s 的%w", name, err)
	}
	return parsePackage(name, opcPackage{pkg}, opts)
}

// ParseFile opens the .docx at path with opc.DefaultLimits and parses it.
func ParseFile(path string, opts Options) (*Template, error) {
	pkg, err := opc.OpenFile(path, opc.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("打开模板 %s：%w", path, err)
	}
	return Parse(path, pkg, opts)
}

// opcPackage adapts *opc.Package; it deflates changed parts at the level
// the execution asks for.
type opcPackage struct{ p *opc.Package }

func (o opcPackage) Names() []string                  { return o.p.Names() }
func (o opcPackage) Read(name string) ([]byte, error) { return o.p.Read(name) }
func (o opcPackage) Write(w io.Writer, changes map[string][]byte) error {
	return o.p.Write(w, changes)
}
func (o opcPackage) writeLevel(w io.Writer, changes map[string][]byte, level int) error {
	return o.p.WriteWith(w, changes, opc.WriteOptions{Level: level})
}

func (o opcPackage) writeStream(w io.Writer, streams map[string]func(io.Writer) error, level int) error {
	return o.p.WriteWith(w, nil, opc.WriteOptions{Level: level, Stream: streams})
}

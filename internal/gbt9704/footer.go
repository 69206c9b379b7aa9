package gbt9704

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"gongwen/internal/opc"
)

// A footerPart is a footer being added to a package: its part name, the
// relationship id the document's w:sectPr refers to it by, and the
// relationships and content types that must be written with it.
type footerPart struct {
	name, id string
	relsName string
	rels     *opc.Relationships
	ct       *opc.ContentTypes
}

// newFooter registers a new footer part in pkg, named after the highest
// footerN.xml the package already has, so that no part of the template is
// overwritten.
func newFooter(pkg *opc.Package) (*footerPart, error) {
	f := &footerPart{relsName: opc.RelsName("word/document.xml")}
	relsData, err := pkg.Read(f.relsName)
	if err != nil {
		return nil, err
	}
	if f.rels, err = opc.ParseRelationships(relsData); err != nil {
		return nil, err
	}
	ctData, err := pkg.Read("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	if f.ct, err = opc.ParseContentTypes(ctData); err != nil {
		return nil, err
	}
	next := 1
	for _, name := range pkg.Names() {
		if m := footerName.FindStringSubmatch(name); m != nil {
			if n, _ := strconv.Atoi(m[1]); n >= next {
				next = n + 1
			}
		}
	}
	f.name = fmt.Sprintf("word/footer%d.xml", next)
	f.ct.SetOverride(f.name, footerType)
	f.id = f.rels.Add(footerRel, strings.TrimPrefix(f.name, "word/"), "")
	return f, nil
}

// write returns pkg with the footer's content, the new document part and
// the footer's relationship and content type.
func (f *footerPart) write(pkg *opc.Package, content string, doc []byte) ([]byte, error) {
	changes := map[string][]byte{
		f.name:                []byte(content),
		"word/document.xml":   doc,
		f.relsName:            f.rels.Marshal(),
		"[Content_Types].xml": f.ct.Marshal(),
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, changes); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

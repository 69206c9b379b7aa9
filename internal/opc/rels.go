package opc

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"path"
	"strconv"
	"strings"
)

const nsRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

// Relationship types that the engines add.
const (
	RelImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
	RelHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	RelOfficeDoc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)

// Relationships is the content of one .rels part, in file order.
type Relationships struct {
	Rels []Relationship
}

// Relationship is one <Relationship>. TargetMode is "" (internal) or
// "External".
type Relationship struct {
	ID         string
	Type       string
	Target     string
	TargetMode string
}

func (r *Relationship) UnmarshalXML(dec *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "Id":
			r.ID = a.Value
		case "Type":
			r.Type = a.Value
		case "Target":
			r.Target = a.Value
		case "TargetMode":
			r.TargetMode = a.Value
		}
	}
	return dec.Skip()
}

// ParseRelationships parses the bytes of a .rels part. Ids must be present
// and unique.
func ParseRelationships(b []byte) (*Relationships, error) {
	var doc struct {
		XMLName xml.Name       `xml:"Relationships"`
		Rels    []Relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("解析关系部件：%w", err)
	}
	seen := make(map[string]bool, len(doc.Rels))
	for i, r := range doc.Rels {
		if r.ID == "" || r.Type == "" {
			return nil, fmt.Errorf("解析关系部件：第 %d 个 Relationship 缺少 Id 或 Type", i+1)
		}
		if seen[r.ID] {
			return nil, fmt.Errorf("解析关系部件：Id %q 重复", r.ID)
		}
		seen[r.ID] = true
	}
	return &Relationships{Rels: doc.Rels}, nil
}

// Clone returns a deep copy, for one execution to add to without touching a
// shared parsed template.
func (rs *Relationships) Clone() *Relationships {
	return &Relationships{Rels: append([]Relationship(nil), rs.Rels...)}
}

// Get returns the relationship with the given id.
func (rs *Relationships) Get(id string) (Relationship, bool) {
	for _, r := range rs.Rels {
		if r.ID == id {
			return r, true
		}
	}
	return Relationship{}, false
}

// Add appends a relationship and returns its id: "rId" followed by one more
// than the highest number any "rIdN" id has, so it is fresh, unique and the
// same for the same sequence of calls. mode is "" or "External".
func (rs *Relationships) Add(typ, target, mode string) string {
	n := 0
	for _, r := range rs.Rels {
		if num, ok := strings.CutPrefix(r.ID, "rId"); ok {
			if v, err := strconv.Atoi(num); err == nil && v > n {
				n = v
			}
		}
	}
	id := "rId" + strconv.Itoa(n+1)
	rs.Rels = append(rs.Rels, Relationship{ID: id, Type: typ, Target: target, TargetMode: mode})
	return id
}

// Marshal returns the bytes of the .rels part.
func (rs *Relationships) Marshal() []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header[:len(xml.Header)-1])
	b.WriteString("\r\n")
	b.WriteString(`<Relationships xmlns="` + nsRelationships + `">`)
	for _, r := range rs.Rels {
		b.WriteString(`<Relationship Id="`)
		xmlAttr(&b, r.ID)
		b.WriteString(`" Type="`)
		xmlAttr(&b, r.Type)
		b.WriteString(`" Target="`)
		xmlAttr(&b, r.Target)
		if r.TargetMode != "" {
			b.WriteString(`" TargetMode="`)
			xmlAttr(&b, r.TargetMode)
		}
		b.WriteString(`"/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.Bytes()
}

// RelsName returns the name of the relationships part of a part:
// "word/document.xml" → "word/_rels/document.xml.rels", "" (the package) →
// "_rels/.rels".
func RelsName(part string) string {
	part = strings.TrimPrefix(part, "/")
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// ResolveTarget returns the zip name of the part that an internal target
// points to, relative to the part that holds the relationship:
// ("word/document.xml", "media/image1.png") → "word/media/image1.png".
// An absolute target ("/word/x.xml") is taken from the package root. The
// result is cleaned; ok is false if it would leave the package.
func ResolveTarget(source, target string) (name string, ok bool) {
	var p string
	if strings.HasPrefix(target, "/") {
		p = strings.TrimPrefix(path.Clean(target), "/")
	} else {
		p = path.Join(path.Dir(strings.TrimPrefix(source, "/")), target)
	}
	if p == "" || p == "." || p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	return p, true
}

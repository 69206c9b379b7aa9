package opc

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"path"
	"strings"
)

// ContentTypesName is the part that maps parts to their media types.
const ContentTypesName = "[Content_Types].xml"

const nsContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

// ContentTypes is the content of [Content_Types].xml: defaults by file
// extension and overrides by part name. Part names in overrides carry their
// leading slash, as in the file. Marshal writes the entries in the order they
// are held, so parsing, adding and marshalling is deterministic.
type ContentTypes struct {
	Defaults  []Default
	Overrides []Override
}

// Default maps a file extension (without dot, compared without case) to a
// media type.
type Default struct {
	Extension   string
	ContentType string
}

// Override gives the media type of one part ("/word/document.xml").
type Override struct {
	PartName    string
	ContentType string
}

// ParseContentTypes parses the bytes of [Content_Types].xml.
func ParseContentTypes(b []byte) (*ContentTypes, error) {
	var doc struct {
		XMLName   xml.Name   `xml:"Types"`
		Defaults  []Default  `xml:"Default"`
		Overrides []Override `xml:"Override"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("解析 %s：%w", ContentTypesName, err)
	}
	for i := range doc.Defaults {
		d := &doc.Defaults[i]
		if d.Extension == "" || d.ContentType == "" {
			return nil, fmt.Errorf("解析 %s：第 %d 个 Default 缺少 Extension 或 ContentType", ContentTypesName, i+1)
		}
	}
	for i := range doc.Overrides {
		o := &doc.Overrides[i]
		if o.PartName == "" || o.ContentType == "" {
			return nil, fmt.Errorf("解析 %s：第 %d 个 Override 缺少 PartName 或 ContentType", ContentTypesName, i+1)
		}
	}
	return &ContentTypes{Defaults: doc.Defaults, Overrides: doc.Overrides}, nil
}

// The struct tags above read attributes; encoding/xml needs them spelled out.
func (d *Default) UnmarshalXML(dec *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "Extension":
			d.Extension = a.Value
		case "ContentType":
			d.ContentType = a.Value
		}
	}
	return dec.Skip()
}

func (o *Override) UnmarshalXML(dec *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "PartName":
			o.PartName = a.Value
		case "ContentType":
			o.ContentType = a.Value
		}
	}
	return dec.Skip()
}

// Clone returns a deep copy, for one execution to add to without touching a
// shared parsed template.
func (ct *ContentTypes) Clone() *ContentTypes {
	return &ContentTypes{
		Defaults:  append([]Default(nil), ct.Defaults...),
		Overrides: append([]Override(nil), ct.Overrides...),
	}
}

// AddDefault maps ext to ctype unless ext already has a default (whatever
// its type: the document's own mapping wins). It reports whether it added.
func (ct *ContentTypes) AddDefault(ext, ctype string) bool {
	ext = strings.TrimPrefix(ext, ".")
	for _, d := range ct.Defaults {
		if strings.EqualFold(d.Extension, ext) {
			return false
		}
	}
	ct.Defaults = append(ct.Defaults, Default{Extension: ext, ContentType: ctype})
	return true
}

// SetOverride gives part (a zip name such as "word/header3.xml", or a part
// name with its leading slash) the media type ctype, replacing an existing
// override for it.
func (ct *ContentTypes) SetOverride(part, ctype string) {
	pn := partName(part)
	for i, o := range ct.Overrides {
		if strings.EqualFold(o.PartName, pn) {
			ct.Overrides[i].ContentType = ctype
			return
		}
	}
	ct.Overrides = append(ct.Overrides, Override{PartName: pn, ContentType: ctype})
}

// RemoveOverride drops the override of part, if any (used with deleting a part).
func (ct *ContentTypes) RemoveOverride(part string) {
	pn := partName(part)
	out := ct.Overrides[:0]
	for _, o := range ct.Overrides {
		if !strings.EqualFold(o.PartName, pn) {
			out = append(out, o)
		}
	}
	ct.Overrides = out
}

// Lookup returns the media type of part: its override, else the default for
// its extension, else "".
func (ct *ContentTypes) Lookup(part string) string {
	pn := partName(part)
	for _, o := range ct.Overrides {
		if strings.EqualFold(o.PartName, pn) {
			return o.ContentType
		}
	}
	ext := strings.TrimPrefix(path.Ext(pn), ".")
	for _, d := range ct.Defaults {
		if strings.EqualFold(d.Extension, ext) {
			return d.ContentType
		}
	}
	return ""
}

// Marshal returns the bytes of [Content_Types].xml.
func (ct *ContentTypes) Marshal() []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header[:len(xml.Header)-1])
	b.WriteString("\r\n")
	b.WriteString(`<Types xmlns="` + nsContentTypes + `">`)
	for _, d := range ct.Defaults {
		b.WriteString(`<Default Extension="`)
		xmlAttr(&b, d.Extension)
		b.WriteString(`" ContentType="`)
		xmlAttr(&b, d.ContentType)
		b.WriteString(`"/>`)
	}
	for _, o := range ct.Overrides {
		b.WriteString(`<Override PartName="`)
		xmlAttr(&b, o.PartName)
		b.WriteString(`" ContentType="`)
		xmlAttr(&b, o.ContentType)
		b.WriteString(`"/>`)
	}
	b.WriteString(`</Types>`)
	return b.Bytes()
}

// partName turns a zip entry name into an OPC part name (leading slash).
func partName(name string) string {
	if strings.HasPrefix(name, "/") {
		return name
	}
	return "/" + name
}

// xmlAttr writes s escaped for a double-quoted attribute value.
func xmlAttr(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\t':
			b.WriteString("&#x9;")
		case '\n':
			b.WriteString("&#xA;")
		case '\r':
			b.WriteString("&#xD;")
		default:
			b.WriteRune(r)
		}
	}
}

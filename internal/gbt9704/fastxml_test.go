package gbt9704

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// sameParse checks that parseXMLFast, when it reads data, gives what
// encoding/xml gives, and reports whether it read it.
func sameParse(t *testing.T, data []byte) bool {
	t.Helper()
	root, spans, ok := parseXMLFast(data)
	wantRoot, wantSpans, err := parseXMLDecoder(data)
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("%q: the fast reader read what encoding/xml rejects (%v)", data, err)
	}
	if !reflect.DeepEqual(root, wantRoot) {
		t.Fatalf("%q: trees differ", data)
	}
	if !reflect.DeepEqual(spans, wantSpans) {
		t.Fatalf("%q: body spans %v, encoding/xml %v", data, spans, wantSpans)
	}
	return true
}

// sameScans checks colophonPlaces and bodyChildren the same way: when
// the fast scanner reads data, they find what encoding/xml's do.
func sameScans(t *testing.T, data []byte) {
	t.Helper()
	styles := map[string]bool{StyleColophon: true, "a": true}
	if at, sect, ok, read := colophonPlacesFast(data, styles); read {
		wantAt, wantSect, wantOK := colophonPlacesDecoder(data, styles)
		if at != wantAt || sect != wantSect || ok != wantOK {
			t.Fatalf("%q: colophonPlaces %d %v %v, encoding/xml %d %v %v", data, at, sect, ok, wantAt, wantSect, wantOK)
		}
	}
	if out, read := bodyChildrenFast(data); read {
		want, err := bodyChildrenDecoder(data)
		if err != nil {
			t.Fatalf("%q: bodyChildren read what encoding/xml rejects (%v)", data, err)
		}
		if !reflect.DeepEqual(out, want) {
			t.Fatalf("%q: bodyChildren %v, encoding/xml %v", data, out, want)
		}
	}
}

func TestParseXMLFast(t *testing.T) {
	tests := []struct {
		xml  string
		fast bool // read without encoding/xml
	}{
		{`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="u"><w:body><w:p><w:r><w:t xml:space="preserve"> a&amp;b&lt;&#x4E00;&#20108; </w:t></w:r></w:p><w:tbl/><w:sectPr/></w:body></w:document>`, true},
		{`<a x='1' y="&quot;]]>&apos;"><!-- c - d --><b/>text > here</a>`, true},
		{`<a><t>x</t><t>y<!--z-->w</t></a>`, true},
		{`<a:>x</a:><:b/>`, true},
		{`<?xml version="1.1"?><a/>`, false},
		{`<?xml version="1.0" encoding="GBK"?><a/>`, false},
		{`<?xml version="1.0" standalone="version='2'"?><a/>`, false},
		{`<!DOCTYPE a><a/>`, false},
		{`<a><![CDATA[x]]></a>`, false},
		{"<a>x\r\ny</a>", false},
		{`<a>x]]>y</a>`, false},
		{`<a>&nbsp;</a>`, false},
		{`<a>&#0;</a>`, false},
		{`<a x=1/>`, false},
		{`<a x="<"/>`, false},
		{`<a:b:c/>`, false},
		{`<1a/>`, false},
		{`<a><!-- x -- y --></a>`, false},
		{`<名/>`, false},
		{"<a>\xff</a>", false},
		{`<a`, false},
		{`</a`, false},
	}
	for _, tt := range tests {
		sameScans(t, []byte(tt.xml))
		if got := sameParse(t, []byte(tt.xml)); got != tt.fast {
			t.Errorf("%q: read fast %v, want %v", tt.xml, got, tt.fast)
		}
	}
}

// Every part of every built-in template is read by the fast reader, as
// encoding/xml reads it.
func TestParseXMLFastTemplates(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "templates", "*.docx"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	parts := 0
	for _, f := range files {
		data, err := templates.Read(filepath.Base(f))
		if err != nil {
			if data, err = os.ReadFile(f); err != nil {
				t.Fatal(err)
			}
		}
		pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range pkg.Names() {
			if filepath.Ext(name) != ".xml" && filepath.Ext(name) != ".rels" {
				continue
			}
			b, err := pkg.Read(name)
			if err != nil {
				t.Fatal(err)
			}
			sameScans(t, b)
			if !sameParse(t, b) {
				t.Errorf("%s %s: not read by the fast reader", filepath.Base(f), name)
			}
			parts++
		}
	}
	t.Logf("%d parts", parts)
}

func FuzzParseXMLFast(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="u"><w:body><w:p><w:r><w:t> a&amp;b&#x4E00;</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`,
		`<a x='1' y="&quot;]]>"><!-- c --><b/>text > here</a>`,
		`<a><![CDATA[x]]></a>`, "<a>x\r\ny</a>", `<a:b:c/>`, `<?pi x?><a/>`,
		`<w:document><w:body><w:p><w:pPr><w:pStyle w:val="a"/></w:pPr></w:p><w:sectPr/></w:body></w:document>`,
		`<w:document><w:body><w:p/></w:body><w:body><w:sectPr></w:sectPr></w:body></w:document>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameParse(t, data)
		sameScans(t, data)
	})
}

// BenchmarkParseXML reads the built-in notice template's document part,
// with the fast reader and with encoding/xml.
func BenchmarkParseXML(b *testing.B) {
	data, err := templates.Read("tongzhi.docx")
	if err != nil {
		b.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := pkg.Read("word/document.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, ok := parseXMLFast(doc); !ok {
				b.Fatal("not read")
			}
		}
	})
	b.Run("encoding-xml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := parseXMLDecoder(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
}

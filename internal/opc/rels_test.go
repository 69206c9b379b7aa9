package opc

import (
	"strings"
	"testing"
)

func TestContentTypes(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	ct, err := ParseContentTypes([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := ct.Lookup("word/document.xml"); !strings.HasSuffix(got, "document.main+xml") {
		t.Errorf("Lookup(document) = %q", got)
	}
	if got := ct.Lookup("/word/styles.XML"); got != "application/xml" {
		t.Errorf("Lookup by default = %q", got)
	}
	if got := ct.Lookup("word/media/a.png"); got != "" {
		t.Errorf("Lookup(png) = %q before adding", got)
	}
	shared := ct.Clone()
	if !ct.AddDefault("png", "image/png") || ct.AddDefault(".PNG", "image/x-png") {
		t.Error("AddDefault must add once and keep the first mapping")
	}
	ct.SetOverride("word/header1.xml", "h")
	ct.SetOverride("/word/header1.xml", "h2")
	if got := ct.Lookup("word/media/a.png"); got != "image/png" {
		t.Errorf("Lookup(png) = %q", got)
	}
	if got := ct.Lookup("word/header1.xml"); got != "h2" {
		t.Errorf("override replaced: %q", got)
	}
	if shared.Lookup("word/media/a.png") != "" || len(shared.Overrides) != 1 {
		t.Error("Clone shares storage with the original")
	}
	out := string(ct.Marshal())
	want := `<?xml version="1.0" encoding="UTF-8"?>` + "\r\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/header1.xml" ContentType="h2"/></Types>`
	if out != want {
		t.Errorf("Marshal:\n%s\nwant\n%s", out, want)
	}
	again, err := ParseContentTypes([]byte(out))
	if err != nil || string(again.Marshal()) != out {
		t.Errorf("round trip: %v", err)
	}
	ct.RemoveOverride("word/header1.xml")
	if ct.Lookup("word/header1.xml") != "application/xml" {
		t.Error("RemoveOverride left the override")
	}
}

func TestContentTypesBad(t *testing.T) {
	for _, src := range []string{"", "<Types", "<Other/>", `<Types><Default Extension="x"/></Types>`, `<Types><Override ContentType="x"/></Types>`} {
		if _, err := ParseContentTypes([]byte(src)); err == nil {
			t.Errorf("ParseContentTypes(%q) accepted", src)
		}
	}
}

func TestRelationships(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId3" Type="t/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId9x" Type="t/x" Target="x.xml"/>` +
		`<Relationship Id="link" Type="` + RelHyperlink + `" Target="http://a.example/?a=1&amp;b=2" TargetMode="External"/>` +
		`</Relationships>`
	rs, err := ParseRelationships([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := rs.Get("link"); !ok || r.Target != "http://a.example/?a=1&b=2" || r.TargetMode != "External" {
		t.Errorf("Get(link) = %+v, %v", r, ok)
	}
	shared := rs.Clone()
	id1 := rs.Add(RelImage, "media/image1.png", "")
	id2 := rs.Add(RelImage, "media/image2.png", "")
	if id1 != "rId4" || id2 != "rId5" {
		t.Errorf("Add gave %s, %s; want rId4, rId5", id1, id2)
	}
	if len(shared.Rels) != 3 {
		t.Error("Clone shares storage")
	}
	out := string(rs.Marshal())
	if !strings.Contains(out, `Id="link" Type="`+RelHyperlink+`" Target="http://a.example/?a=1&amp;b=2" TargetMode="External"/>`) ||
		!strings.HasSuffix(out, `<Relationship Id="rId5" Type="`+RelImage+`" Target="media/image2.png"/></Relationships>`) {
		t.Errorf("Marshal:\n%s", out)
	}
	again, err := ParseRelationships([]byte(out))
	if err != nil || string(again.Marshal()) != out {
		t.Errorf("round trip: %v", err)
	}
	empty, _ := ParseRelationships([]byte(`<Relationships xmlns="` + nsRelationships + `"/>`))
	if id := empty.Add(RelImage, "a.png", ""); id != "rId1" {
		t.Errorf("first id %s", id)
	}
}

func TestRelationshipsBad(t *testing.T) {
	for _, src := range []string{"", "<Relationships>", `<Relationships><Relationship Type="t"/></Relationships>`,
		`<Relationships><Relationship Id="a" Type="t"/><Relationship Id="a" Type="t"/></Relationships>`} {
		if _, err := ParseRelationships([]byte(src)); err == nil {
			t.Errorf("ParseRelationships(%q) accepted", src)
		}
	}
}

func TestRelsName(t *testing.T) {
	for in, want := range map[string]string{
		"word/document.xml":  "word/_rels/document.xml.rels",
		"/word/header1.xml":  "word/_rels/header1.xml.rels",
		"":                   "_rels/.rels",
		"xl/workbook.xml":    "xl/_rels/workbook.xml.rels",
		"customXml/item.xml": "customXml/_rels/item.xml.rels",
	} {
		if got := RelsName(in); got != want {
			t.Errorf("RelsName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolveTarget(t *testing.T) {
	tests := []struct {
		source, target, want string
		ok                   bool
	}{
		{"word/document.xml", "media/image1.png", "word/media/image1.png", true},
		{"word/document.xml", "../customXml/item1.xml", "customXml/item1.xml", true},
		{"word/document.xml", "/word/styles.xml", "word/styles.xml", true},
		{"", "word/document.xml", "word/document.xml", true},
		{"word/document.xml", "../../etc/passwd", "", false},
		{"word/document.xml", "..", "", false},
		{"/word/document.xml", "./theme/theme1.xml", "word/theme/theme1.xml", true},
	}
	for _, tt := range tests {
		got, ok := ResolveTarget(tt.source, tt.target)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ResolveTarget(%q, %q) = %q, %v; want %q, %v", tt.source, tt.target, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseRelationships(f *testing.F) {
	f.Add([]byte(`<Relationships><Relationship Id="rId1" Type="t" Target="a"/></Relationships>`))
	f.Add([]byte(`<Types><Default Extension="x" ContentType="y"/></Types>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if rs, err := ParseRelationships(b); err == nil {
			id := rs.Add("t", "x", "")
			again, err := ParseRelationships(rs.Marshal())
			if err != nil {
				t.Fatalf("marshalled relationships do not parse: %v", err)
			}
			if _, ok := again.Get(id); !ok {
				t.Fatalf("added id %s lost", id)
			}
		}
		if ct, err := ParseContentTypes(b); err == nil {
			if _, err := ParseContentTypes(ct.Marshal()); err != nil {
				t.Fatalf("marshalled content types do not parse: %v", err)
			}
		}
	})
}

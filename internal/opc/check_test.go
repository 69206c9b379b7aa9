package opc

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// Check is what the CLI and serve both ask of a package; each refusal is
// located and in Chinese.
func TestCheck(t *testing.T) {
	doc := func(body string) []entry {
		return []entry{
			{name: "[Content_Types].xml", body: []byte(`<Types xmlns="` + nsContentTypes + `"/>`)},
			{name: "word/document.xml", body: []byte(body)},
		}
	}
	const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	tests := []struct {
		name    string
		entries []entry
		want    string // "" for none
		unsafe  bool
	}{
		{"good", doc(decl + `<w:document xmlns:w="x"><w:body/></w:document>`), "", false},
		{"external entity", doc(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>`),
			"部件 word/document.xml 第 2 行", true},
		{"billion laughs", doc(`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><d>&lol2;</d>`),
			"含有 <!DOCTYPE …> 声明", true},
		{"GBK", doc(`<?xml version="1.0" encoding="GBK"?><d>` + "\xb9\xab\xce\xc4" + `</d>`), "声明的编码是 GBK，只接受 UTF-8", false},
		{"UTF-16", doc("\xff\xfe<\x00d\x00/\x00>\x00"), "编码是 UTF-16", false},
		{"bad bytes", doc(decl + "<d>公\xff文</d>"), "第 2 行第 5 列：含有不是 UTF-8 的字节", false},
		{"undefined entity", doc(decl + "<d>&xxe;</d>"), "无效的实体引用 &xxe;", false},
		{"unclosed", doc(decl + "<d><e></d>"), "元素 <e> 被 </d> 结束，标签不配对", false},
		{"truncated", doc(decl + "<d><e>"), "XML 在元素结束之前就结束了", false},
		{"no main part", []entry{{name: "[Content_Types].xml", body: []byte(`<Types/>`)}}, "部件 word/document.xml：缺少这个主体部件", false},
	}
	for _, tc := range tests {
		p, err := open(buildZip(t, tc.entries...), DefaultLimits)
		if err != nil {
			t.Fatalf("%s: open: %v", tc.name, err)
		}
		err = p.Check("word/document.xml")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		case tc.unsafe != errors.Is(err, ErrUnsafeXML):
			t.Errorf("%s: errors.Is(ErrUnsafeXML) = %v", tc.name, !tc.unsafe)
		}
		if err != nil && strings.ContainsAny(strings.ReplaceAll(err.Error(), "UTF", ""), "abcdefghijklmnopqrstuvwyz") &&
			!strings.Contains(err.Error(), "word/") {
			t.Errorf("%s: English in %q", tc.name, err)
		}
	}
}

func FuzzCheckXML(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?><a b="c">d</a>`))
	f.Add([]byte(`<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>`))
	f.Add([]byte("<a>\xff</a>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := CheckXML("p.xml", b)
		var pe *PartError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("not a PartError: %v", err)
		}
	})
}

// tokenCheck is how CheckXML walked a part before it used RawToken: with
// Token, which matches end tags itself. CheckXML must give the same result
// at the same place.
func tokenCheck(name string, data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			line, col := d.InputPos()
			return &PartError{Part: name, Line: line, Col: col, Msg: xmlMessage(err)}
		}
		if _, ok := tok.(xml.Directive); ok {
			return &PartError{Part: name, Err: ErrUnsafeXML}
		}
	}
}

// FuzzCheckXMLAsToken: CheckXML refuses what Token refuses, with the same
// message at the same line and column, and nothing else.
func FuzzCheckXMLAsToken(f *testing.F) {
	for _, s := range []string{
		`<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>`,
		`<a><b></a>`, `<a></b>`, `</a>`, `<a>`, `<a><b>`, `<w:a xmlns:w="x" xmlns:v="x"></v:a>`,
		`<a:b></b>`, `<b></a:b>`, `<?xml version="1.0"?><a x="1" y='2'>t&amp;<![CDATA[c]]><!-- c --></a>`,
		`<!DOCTYPE d><d/>`, `<a/><b/>`, `text`, ``, `<a>&x;</a>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) || encodingRE().Match(data) {
			return // refused before the walk
		}
		got, want := CheckXML("p.xml", data), tokenCheck("p.xml", data)
		var g, w *PartError
		errors.As(got, &g)
		errors.As(want, &w)
		switch {
		case (g == nil) != (w == nil):
			t.Fatalf("%q: CheckXML = %v, Token = %v", data, got, want)
		case g == nil:
		case w.Err == ErrUnsafeXML:
			if !errors.Is(got, ErrUnsafeXML) {
				t.Fatalf("%q: CheckXML = %v, Token found a directive", data, got)
			}
		case g.Line != w.Line || g.Col != w.Col || g.Msg != w.Msg:
			t.Fatalf("%q: CheckXML = %v, Token = %v", data, got, want)
		}
	})
}

package docx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseXML(t *testing.T) {
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"simple", `<?xml version="1.0"?><a x="1>2"><b/><!-- c --><![CDATA[<x>]]>t</a>`, true},
		{"mismatch", `<a></b>`, false},
		{"unclosed", `<a><b></b>`, false},
		{"bad tag", `<a x="1></a>`, false},
		{"deep", strings.Repeat("<a>", maxDepth+1) + strings.Repeat("</a>", maxDepth+1), false},
		{"unclosed comment", `<a><!-- </a>`, false},
	}
	for _, tc := range tests {
		_, err := parseXML([]byte(tc.src))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
	src := []byte(`<w:p a="1" w14:paraId='0A'><w:t>x</w:t></w:p>`)
	root, err := parseXML(src)
	if err != nil {
		t.Fatal(err)
	}
	p := root.kids[0]
	if v, _, _, ok := attr(src, p, "w14:paraId"); !ok || v != "0A" {
		t.Errorf("attr = %q %v", v, ok)
	}
	if !p.is("p") || p.kids[0].local() != "t" || p.prefix() != "w" {
		t.Errorf("names: %s", p.name)
	}
}

func TestUnescapeEscape(t *testing.T) {
	if got := unescape([]byte("a&amp;b&lt;&#x4E2D;&#25991;&bogus;&")); got != "a&b<中文&bogus;&" {
		t.Errorf("unescape = %q", got)
	}
	if got := string(escapeText(nil, "a&<>\x01\x0b\t\n\uFFFE\xff中")); got != "a&amp;&lt;&gt;\t\n中" {
		t.Errorf("escapeText = %q", got)
	}
	if got := escapeRun("a\r\nb\tc"); got != "a"+brInRun+"b"+tabInRun+"c" {
		t.Errorf("escapeRun = %q", got)
	}
	// A telephone number never breaks at its hyphen; a date or a range
	// of numbers keeps its own.
	for in, want := range map[string]string{
		"电话：027-87231068。": "电话：027\u2060-\u206087231068。",
		"0791-86300000":    "0791\u2060-\u206086300000",
		"2013-07-15":       "2013-07-15",
		"12345-87231068":   "12345-87231068",
		"027-872310681":    "027-872310681",
		"3月初-11月底":         "3月初-11月底",
	} {
		if got := string(appendEscaped(nil, []byte(in), true, true)); got != want {
			t.Errorf("appendEscaped(%q) = %q, want %q", in, got, want)
		}
		if got := escapeRun(in); got != want {
			t.Errorf("escapeRun(%q) = %q, want %q", in, got, want)
		}
		// Without Options.HoldPhones a value is printed as the data has it.
		plain := strings.ReplaceAll(want, "\u2060", "")
		if got := string(appendEscaped(nil, []byte(in), true, false)); got != plain {
			t.Errorf("appendEscaped(%q) without phones = %q, want %q", in, got, plain)
		}
		if got := escapeRunData(in); got != plain {
			t.Errorf("escapeRunData(%q) = %q, want %q", in, got, plain)
		}
	}
	if got := string(appendEscaped(nil, []byte("中共\u2028纪委"), true, true)); got != "中共"+brInRun+"纪委" {
		t.Errorf("a line separator in a run: %q", got)
	}
	if got := escapeRun("中共\u2028纪委"); got != "中共"+brInRun+"纪委" {
		t.Errorf("escapeRun: a line separator: %q", got)
	}
	if got := string(appendEscaped(nil, []byte("a\r\nb\rc\x01<"), true, true)); got != "a"+brInRun+"b"+brInRun+"c&lt;" {
		t.Errorf("appendEscaped = %q", got)
	}
}

func TestFindActions(t *testing.T) {
	tests := []struct {
		in       string
		inners   []string
		unclosed int
	}{
		{"a{{.A}}b{{ .B }}", []string{".A", " .B "}, 0},
		{`{{"}}"}}x`, []string{`"}}"`}, 0},
		{"{{printf “}}” .A}}", []string{`printf "}}" .A`}, 0},
		{"｛｛.A｝｝{{.B｝｝", []string{".A", ".B"}, 0},
		{"{{.A {{.B}}", []string{".B"}, 1},
		{"{x} {{", nil, 1},
		{"{{/* it's */}}", []string{"/* it's */"}, 0},
		// Curly quotes inside a straight-quoted string are text.
		{`{{printf "“%s”" .Title}}`, []string{`printf "“%s”" .Title`}, 0},
		{`{{printf "“}}”" .A}}`, []string{`printf "“}}”" .A`}, 0},
		{"{{printf `“%s”` .A}}", []string{"printf `“%s”` .A"}, 0},
		{`{{printf "‘%s’" .A}}{{'“'}}`, []string{`printf "‘%s’" .A`, `'“'`}, 0},
		// Curly quotes delimiting a string become straight.
		{"{{index . “键”}}", []string{`index . "键"`}, 0},
		{"{{printf “%s” .A}}", []string{`printf "%s" .A`}, 0},
		// A straight quote closed by a curly one (pasted text): the curly
		// one ends the string, and the next action stays its own.
		{`{{printf "%s” .A}}，{{printf "%s" .B}}`, []string{`printf "%s" .A`, `printf "%s" .B`}, 0},
		{`{{.A "x”}}说"好"`, []string{`.A "x"`}, 0},
	}
	for _, tc := range tests {
		acts, unclosed := findActions(tc.in)
		var inners []string
		for _, a := range acts {
			inners = append(inners, a.inner)
		}
		if strings.Join(inners, "|") != strings.Join(tc.inners, "|") || len(unclosed) != tc.unclosed {
			t.Errorf("%q: %q, %d unclosed", tc.in, inners, len(unclosed))
		}
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{`printf "“%s”" .Title`, `printf "“%s”" .Title`},
		{`printf “%s” .Title`, `printf "%s" .Title`},
		{`index . ”键“`, `index . "键"`},
		{`printf "‘%s’，（%d）" .A .B`, `printf "‘%s’，（%d）" .A .B`},
		{`printf ‘x’`, `printf 'x'`},
		{"printf `“a”` .A", "printf `“a”` .A"},
		{`printf "a\"“b”" .A`, `printf "a\"“b”" .A`},
		{`printf "“%s” .Title`, `printf ""%s" .Title`}, // never closed straight: the curly ones delimit
		{`eq .A “x”｜not`, `eq .A "x"|not`},
		{`.A　（.B）`, `.A (.B)`},
		{`"“" ＝ .A`, `"“" = .A`},
	}
	for _, tt := range tests {
		if got := normalise(tt.in); got != tt.want {
			t.Errorf("normalise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeyword(t *testing.T) {
	for in, want := range map[string]string{
		"range .X": "range", "- if .A -": "if", " else if .B": "else", "end": "end", "$x := 1": "decl",
		"$i, $v := .L": "decl", "/* c */": "comment", ".A": "", "template \"x\"": "template", "$x = 2": "decl",
	} {
		if got := keyword(in); got != want {
			t.Errorf("keyword(%q) = %q, want %q", in, got, want)
		}
	}
}

// appendEscapedRef is appendEscaped decoding every rune, as it did before
// its shortcut for three-byte characters.
func appendEscapedRef(p []byte, run, phones bool) []byte {
	var b []byte
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		c := p[i]
		switch {
		case r == '\u2028' && run:
			b = append(b, brInRun...)
		case c >= utf8.RuneSelf:
			if !(r == utf8.RuneError && size == 1) && validXMLRune(r) {
				b = append(b, p[i:i+size]...)
			}
		case c == '-' && run && phones && phoneHyphen(p, i):
			b = append(b, nbHyphen...)
		case c == '&':
			b = append(b, "&amp;"...)
		case c == '<':
			b = append(b, "&lt;"...)
		case c == '>':
			b = append(b, "&gt;"...)
		case c == '\n' && run:
			b = append(b, brInRun...)
		case c == '\t' && run:
			b = append(b, tabInRun...)
		case c == '\r' && run:
			if !(i+1 < len(p) && p[i+1] == '\n') {
				b = append(b, brInRun...)
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
		default:
			b = append(b, c)
		}
		i += size
	}
	return b
}

// FuzzAppendEscaped: the shortcut for Chinese text changes nothing.
func FuzzAppendEscaped(f *testing.F) {
	for _, s := range []string{"学习贯彻十八大", "a\r\nb\rc\x01<", "\xed\xa0\x80", "\xef\xbf\xbe", "中\xe4\xb8", "\xe4\xb8", "，。（）〔〕", "中共湖北省\u2028纪律检查委员会", "电话：027-87231068"} {
		f.Add([]byte(s), true, true)
	}
	f.Fuzz(func(t *testing.T, p []byte, run, phones bool) {
		got, want := appendEscaped(nil, p, run, phones), appendEscapedRef(p, run, phones)
		if string(got) != string(want) {
			t.Fatalf("%q: %q, want %q", p, got, want)
		}
	})
}

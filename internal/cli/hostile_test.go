package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

// The CLI refuses what serve refuses, with the same Chinese message and
// nothing written: templates with DOCTYPE or entities, parts in another
// encoding, a package without its main part; and the template attacks of
// issue 13 stop with a clear error instead of exhausting memory.
func TestHostileTemplates(t *testing.T) {
	src, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	with := func(changes map[string][]byte, drop string) []byte {
		var b bytes.Buffer
		if err := pkg.Write(&b, changes); err != nil {
			t.Fatal(err)
		}
		if drop == "" {
			return b.Bytes()
		}
		p, err := opc.Open(bytes.NewReader(b.Bytes()), int64(b.Len()), opc.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		// Writing nil for a part is not a removal; rebuild without it.
		parts := map[string][]byte{}
		for _, n := range p.Names() {
			if n != drop {
				parts[n], _ = p.Read(n)
			}
		}
		writeZip(t, &out, parts)
		return out.Bytes()
	}
	body := func(inner string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			`<w:p><w:r><w:t xml:space="preserve">` + inner + `</w:t></w:r></w:p></w:body></w:document>`)
	}
	cases := []struct {
		name string
		docx []byte
		want string
	}{
		{"external entity", with(map[string][]byte{"word/document.xml": []byte(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x">&x;</w:document>`)}, ""),
			"部件 word/document.xml 第 1 行"},
		{"billion laughs in styles", with(map[string][]byte{"word/styles.xml": []byte(`<!DOCTYPE l [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><w:styles xmlns:w="x">&b;</w:styles>`)}, ""),
			"含有 <!DOCTYPE …> 声明"},
		{"GBK part", with(map[string][]byte{"word/styles.xml": []byte(`<?xml version="1.0" encoding="GBK"?><w:styles xmlns:w="x"/>`)}, ""),
			"声明的编码是 GBK，只接受 UTF-8"},
		{"no main part", with(nil, "word/document.xml"), "缺少这个主体部件"},
		{"doubling", with(map[string][]byte{"word/document.xml": body(`{{$s := "xxxxxxxxxxxxxxxx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}{{$s}}`)}, ""),
			"printf 生成的文字超过"},
		{"deep nesting", with(map[string][]byte{"word/document.xml": body(strings.Repeat("{{if 1}}", 20000) + strings.Repeat("{{end}}", 20000))}, ""),
			"嵌套超过 100 层"},
	}
	dir := t.TempDir()
	data := filepath.Join(repoRoot(t), "data", "xuechuang.yaml")
	for _, c := range cases {
		tp := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".docx")
		if err := os.WriteFile(tp, c.docx, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out-"+filepath.Base(tp))
		code, _, stderr := run("render", "-t", tp, "-d", data, "-o", out, "--date", "2013-07-15", "--missing", "empty")
		if code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", c.name, code, stderr, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: %s was written", c.name, out)
		}
	}
}

// writeZip writes parts as a zip, in name order.
func writeZip(t *testing.T, w *bytes.Buffer, parts map[string][]byte) {
	t.Helper()
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	zw := zip.NewWriter(w)
	for _, n := range names {
		f, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(parts[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

package gbt9704

import (
	"bytes"
	"strings"
	"testing"

	"gongwen/internal/opc"
	"gongwen/templates"
)

func TestRestyle(t *testing.T) {
	data, err := templates.Read("tongzhi.docx")
	if err != nil {
		t.Fatal(err)
	}
	same, err := Restyle(data, Fonts{Body: FontBody}, "ff0000")
	if err != nil || !bytes.Equal(same, data) {
		t.Fatalf("no change expected: %v", err)
	}
	out, err := Restyle(data, Fonts{Body: "方正仿宋_GBK", Kai: "楷体", Title: "方正小标宋_GBK"}, "#C00000")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(out), int64(len(out)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	styles, _ := pkg.Read("word/styles.xml")
	theme, _ := pkg.Read("word/theme/theme1.xml")
	doc, _ := pkg.Read("word/document.xml")
	for _, c := range []struct {
		part, text string
		want       bool
	}{
		{string(styles), `w:eastAsia="方正仿宋_GBK"`, true},
		{string(styles), `w:eastAsia="仿宋_GB2312"`, false},
		{string(styles), `w:eastAsia="楷体"`, true},
		{string(styles), `w:eastAsia="方正小标宋_GBK"`, true},
		{string(styles), `w:val="C00000"`, true},
		{string(theme), `typeface="方正仿宋_GBK"`, true},
		{string(doc), `w:color="C00000"`, true},
		{string(doc), `FF0000`, false},
	} {
		if strings.Contains(c.part, c.text) != c.want {
			t.Errorf("%s present = %v, want %v", c.text, !c.want, c.want)
		}
	}
	for _, f := range lintBytes(t, out) {
		t.Errorf("restyled template: %s", f)
	}
	if _, err := Restyle(data, Fonts{}, "red"); err == nil {
		t.Error("a colour name is accepted")
	}
}

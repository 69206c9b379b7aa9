package gbt9704

import (
	"bytes"
	"fmt"
	"strings"

	"gongwen/internal/opc"
)

// Fonts names the fonts of an office by role, as model.Profile does.
// An empty name keeps the default.
type Fonts struct {
	Title, Body, Kai, Hei, Song, Latin string
}

// restyledParts are the parts that name fonts or the red: styles, theme,
// font table, and the text and footers (direct formatting, the red rule).
func restyledPart(name string) bool {
	switch name {
	case "word/styles.xml", "word/theme/theme1.xml", "word/fontTable.xml", "word/document.xml":
		return true
	}
	return strings.HasPrefix(name, "word/footer") || strings.HasPrefix(name, "word/header")
}

// Restyle returns the Word package data with the default fonts of the
// built-in templates (FontTitle, FontBody, …) and the default red replaced
// by an office's own, in styles, theme, font table, text and footers. Styles
// cannot hold template actions, so this is how one set of templates serves
// offices that use, say, 方正仿宋_GBK or another red. Only whole attribute
// values are replaced, all at once, so a new name is never replaced again.
// When nothing differs, data is returned as it is.
func Restyle(data []byte, f Fonts, red string) ([]byte, error) {
	var pairs []string
	add := func(old, new string) {
		if new != "" && new != old {
			pairs = append(pairs, `"`+old+`"`, `"`+xmlAttrEscape(new)+`"`)
		}
	}
	add(FontTitle, f.Title)
	add(FontBody, f.Body)
	add(FontKai, f.Kai)
	add(FontHei, f.Hei)
	add(FontSong, f.Song)
	add(FontLatin, f.Latin)
	red = strings.ToUpper(strings.TrimPrefix(red, "#"))
	if red != "" && red != DefaultRed {
		if len(red) != 6 || strings.Trim(red, "0123456789ABCDEF") != "" {
			return nil, fmt.Errorf("红色“%s”应为六位十六进制颜色，如 FF0000", red)
		}
		add(DefaultRed, red)
	}
	if len(pairs) == 0 {
		return data, nil
	}
	pkg, err := opc.Open(bytes.NewReader(data), int64(len(data)), opc.DefaultLimits)
	if err != nil {
		return nil, err
	}
	r := strings.NewReplacer(pairs...)
	changes := map[string][]byte{}
	for _, name := range pkg.Names() {
		if !restyledPart(name) {
			continue
		}
		b, err := pkg.Read(name)
		if err != nil {
			return nil, err
		}
		if nb := r.Replace(string(b)); nb != string(b) {
			changes[name] = []byte(nb)
		}
	}
	var buf bytes.Buffer
	if err := pkg.Write(&buf, changes); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func xmlAttrEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

package docdata

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// written are the fields of the views that carry what the data's author
// wrote for the document itself, by the Chinese name a clerk knows them
// by. A template that reads none of them drops the value without a
// trace, so the build says so (NotShown).
// Lists of structs say what they hold through text.
var written = []struct {
	field, label string
	text         func(reflect.Value) string
}{
	{"CopyNo", "份号", nil},
	{"Secret", "密级", nil},
	{"Urgency", "紧急程度", nil},
	{"Signers", "签发人", nil},
	{"SignLines", "署名", nil},
	{"Remark", "附注", nil},
	{"CC", "抄送机关", nil},
	{"Appendices", "附件", appendixTitles},
}

// appendixTitles names a view's appendices by their titles, as a
// document names another: 《…》.
func appendixTitles(v reflect.Value) string {
	var titles []string
	for _, a := range v.Interface().([]Appendix) {
		titles = append(titles, "《"+strings.Join(a.TitleLines, "")+"》")
	}
	return strings.Join(titles, "")
}

// NotShown lists, as sentences for the build's notes, the values of view
// that the data gives and a template reading paths (docx.Template.Paths)
// does not show: a 签发人 given to an 印发通知 would otherwise vanish.
func (k *Kind) NotShown(view any, paths []string) []string {
	v := reflect.Indirect(reflect.ValueOf(view))
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return nil
	}
	var out []string
	for _, w := range written {
		f := v.FieldByName(w.field)
		if !f.IsValid() || f.IsZero() || reads(paths, w.field) {
			continue
		}
		val, quoted := "", false
		switch {
		case w.text != nil:
			val, quoted = w.text(f), true
		case f.Kind() == reflect.Slice:
			var items []string
			for _, s := range f.Interface().([]string) {
				items = append(items, strings.TrimSpace(strings.TrimLeft(s, "　")))
			}
			val = strings.Join(items, "、")
		default:
			val = fmt.Sprint(f.Interface())
		}
		if !quoted {
			val = "“" + val + "”"
		}
		s := fmt.Sprintf("数据中的%s%s没有出现在文中", w.label, val)
		if why := k.drops[w.field]; why != "" {
			s += "：" + why
		} else {
			s += fmt.Sprintf("：模板中没有 {{.%s}}", w.field)
		}
		out = append(out, s)
	}
	return out
}

// reads reports whether a template's paths read the top-level field
// name, or anything inside it.
func reads(paths []string, name string) bool {
	return slices.ContainsFunc(paths, func(p string) bool {
		p = strings.TrimPrefix(p, ".")
		return p == name || strings.HasPrefix(p, name+".") || strings.HasPrefix(p, name+"[")
	})
}

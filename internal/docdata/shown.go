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
var written = []struct{ field, label string }{
	{"CopyNo", "份号"},
	{"Secret", "密级"},
	{"Urgency", "紧急程度"},
	{"Signers", "签发人"},
	{"Remark", "附注"},
	{"CC", "抄送机关"},
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
		val := fmt.Sprint(f.Interface())
		if f.Kind() == reflect.Slice {
			val = strings.Join(f.Interface().([]string), "、")
		}
		s := fmt.Sprintf("数据中的%s“%s”没有出现在文中", w.label, val)
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

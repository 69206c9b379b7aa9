package build

import (
	"reflect"
	"slices"
	"strings"

	"gongwen/internal/docdata"
	"gongwen/internal/docx"
)

// Template errors say of a kind's view “通知的数据” and of its items what
// they are, with the closest field to a misspelt one, rather than naming
// Go types — named when the first such message is written.
func init() { docx.NameTypesLater(nameTypes) }

func nameTypes() {
	labels := map[reflect.Type][]string{}
	var order []reflect.Type
	for _, k := range docdata.Kinds() {
		t := k.ViewType()
		if labels[t] == nil {
			order = append(order, t)
		}
		labels[t] = append(labels[t], k.Label)
	}
	seen := map[reflect.Type]bool{}
	for _, t := range order {
		docx.NameType(t.String(), strings.Join(labels[t], "、")+"的数据", fieldNames(t))
		seen[t] = true
	}
	// The items of the views' lists are named by the fields that hold
	// them — 「“.Body”中的一项」 — which a clerk can find in the template
	// and in `gongwen fields`, not by their Go type (「Block 类型」).
	holders := map[reflect.Type][]string{}
	var itemOrder []reflect.Type
	var items func(t reflect.Type)
	items = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			e := f.Type
			for e.Kind() == reflect.Pointer || e.Kind() == reflect.Slice {
				e = e.Elem()
			}
			if e.Kind() != reflect.Struct || seen[e] && holders[e] == nil || e.PkgPath() != t.PkgPath() {
				continue
			}
			if f.Anonymous {
				if !seen[e] {
					seen[e] = true
					items(e)
				}
				continue
			}
			name := "“." + f.Name + "”"
			if holders[e] == nil {
				itemOrder = append(itemOrder, e)
			}
			if !slices.Contains(holders[e], name) {
				holders[e] = append(holders[e], name)
			}
			if !seen[e] {
				seen[e] = true
				items(e)
			}
		}
	}
	for _, t := range order {
		items(t)
	}
	for _, e := range itemOrder {
		hs := holders[e]
		if len(hs) > 3 {
			hs = append(hs[:3:3], "等")
		}
		docx.NameType(e.String(), strings.Join(hs, "")+"中的一项", fieldNames(e))
	}
}

// fieldNames lists what {{.X}} can read in a struct, promoted fields too.
func fieldNames(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if e := f.Type; f.Anonymous && e.Kind() == reflect.Struct {
			out = append(out, fieldNames(e)...)
			continue
		}
		out = append(out, f.Name)
	}
	return out
}

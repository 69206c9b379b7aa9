package docdata

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"gongwen/internal/load"
	"gongwen/internal/xlsx"
)

// TestWorkbookViews keeps each workbook's view the data its template
// receives (xlsx.Builder.Data): the same keys as fields, of types that
// hold them, so the catalogue and check describe what a build gives.
func TestWorkbookViews(t *testing.T) {
	c, _, err := load.File("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	withTemplate := 0
	for _, b := range xlsx.Workbooks() {
		if b.Template == "" {
			continue
		}
		withTemplate++
		w, ok := LookupWorkbook(b.Template)
		if !ok {
			t.Errorf("%s (%s) is not in the catalogue of workbooks", b.Kind, b.Template)
			continue
		}
		m := reflect.ValueOf(b.Data(c, date))
		var keys, fields []string
		for _, k := range m.MapKeys() {
			keys = append(keys, k.String())
			f, ok := w.view.FieldByName(k.String())
			if v := m.MapIndex(k).Elem(); ok && !v.Type().AssignableTo(f.Type) {
				t.Errorf("%s: .%s is a %s, the view says %s", w.Label, k, v.Type(), f.Type)
			}
		}
		for i := range w.view.NumField() {
			fields = append(fields, w.view.Field(i).Name)
		}
		slices.Sort(keys)
		slices.Sort(fields)
		if !slices.Equal(keys, fields) {
			t.Errorf("%s: the template receives %v, the view has %v", w.Label, keys, fields)
		}
		v := reflect.ValueOf(w.View(&Env{Campaign: c, Date: date})).Elem()
		for _, name := range []string{"Title", "Rows"} {
			if v.FieldByName(name).IsZero() {
				t.Errorf("%s: .%s is empty in the view of the default data", w.Label, name)
			}
		}
	}
	if withTemplate != len(Workbooks()) {
		t.Errorf("%d workbooks have a template, the catalogue lists %d", withTemplate, len(Workbooks()))
	}
}

// TestWorkbookFieldsDescribed: every field of a workbook's template,
// rows' fields included, is described in Chinese.
func TestWorkbookFieldsDescribed(t *testing.T) {
	var walk func(w *Workbook, fs []Field, in string)
	walk = func(w *Workbook, fs []Field, in string) {
		for _, f := range fs {
			if !hasHan(f.Desc) {
				t.Errorf("%s: %s%s has no Chinese description (%q)", w.Label, in, f.Path, f.Desc)
			}
			walk(w, f.Items, in+f.Path+"[]")
		}
	}
	for _, w := range Workbooks() {
		if w.Desc == "" {
			t.Errorf("%s has no description", w.Label)
		}
		walk(w, w.Fields(nil), "")
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

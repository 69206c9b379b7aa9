package docdata

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"gongwen/internal/model"
	"gongwen/templates"
)

// TestRegistry checks what every kind of the registry must have: one
// name each, a built-in template that exists, a view documented in
// Chinese field by field, and a planner that plans the default data.
func TestRegistry(t *testing.T) {
	c := campaign(t)
	e := &Env{Campaign: c, Date: time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)}
	seen := map[string]string{}
	for _, k := range Kinds() {
		for _, name := range []string{k.Name, k.Label, k.Template} {
			if prev, ok := seen[name]; ok {
				t.Errorf("%s: name %q is also %s's", k.Name, name, prev)
			}
			seen[name] = k.Name
		}
		if got, ok := Lookup(k.Name); !ok || got != k {
			t.Errorf("Lookup(%q) = %v", k.Name, got)
		}
		if _, err := templates.Read(k.Template); err != nil {
			t.Errorf("%s: %v", k.Name, err)
		}
		if k.view.Kind() != reflect.Struct {
			t.Errorf("%s: view %v is not a struct", k.Name, k.view)
		}
		docs, err := k.Plan(e, nil)
		if err != nil {
			t.Errorf("%s: plan: %v", k.Name, err)
			continue
		}
		for _, d := range docs {
			if reflect.TypeOf(d.View).Elem() != k.view {
				t.Errorf("%s: planned a %T, its view is %v", k.Name, d.View, k.view)
			}
		}
		if _, err := k.Sample(e, ""); err != nil {
			t.Errorf("%s: sample: %v", k.Name, err)
		}
	}
}

// TestModelKindsAreTheRegistrys keeps the data's list of kinds (the model's
// enum, which the JSON Schema and the loader read) the registry's.
func TestModelKindsAreTheRegistrys(t *testing.T) {
	var want []string
	for _, k := range Kinds() {
		if k.Data != "" {
			want = append(want, string(k.Data))
		}
	}
	var got []string
	for _, k := range model.DocumentKinds {
		got = append(got, string(k))
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("model.DocumentKinds = %v, registry has %v", got, want)
	}
	f, _ := reflect.TypeOf(model.Document{}).FieldByName("Kind")
	enum := strings.Split(f.Tag.Get("enum"), ",")
	slices.Sort(enum)
	if !slices.Equal(enum, want) {
		t.Errorf("enum of documents[].kind = %v, registry has %v", enum, want)
	}
	for _, dk := range model.DocumentKinds {
		if k, ok := Lookup(string(dk)); !ok || k.Data != dk {
			t.Errorf("no kind for the data's %s", dk)
		}
	}
}

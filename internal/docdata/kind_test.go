package docdata

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

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

// TestFieldsDescribed: every field a kind's template can read is
// described in Chinese (the comment next to it), so gongwen fields and
// docs/fields.md leave none unexplained.
// englishProse finds an English sentence in a description: a clerk reads
// the catalogue in Chinese, and a Go doc comment that leaks into it reads
// as "Letter: the 信函格式 — the organs' names…".
var englishProse = regexp.MustCompile(`(?i)\b(the|and|of|is|an?)\s+[a-z]`)

func TestFieldsDescribed(t *testing.T) {
	var walk func(k *Kind, fs []Field)
	walk = func(k *Kind, fs []Field) {
		for _, f := range fs {
			han := false
			for _, r := range f.Desc {
				han = han || unicode.Is(unicode.Han, r)
			}
			if !han || englishProse.MatchString(f.Desc) {
				t.Errorf("%s: %s has no Chinese description (%q)", k.Name, f.Path, f.Desc)
			}
			if f.Tag == "" || f.Type == "" {
				t.Errorf("%s: %s has no tag or type", k.Name, f.Path)
			}
			walk(k, f.Items)
		}
	}
	for _, k := range Kinds() {
		walk(k, k.Fields(nil))
	}
	if d := Notice.FieldDesc(".Appendices[].Table[].Lead"); !strings.Contains(d, "牵头单位") {
		t.Errorf("FieldDesc(.Appendices[].Table[].Lead) = %q", d)
	}
	if d := Briefing.FieldDesc(".Briefing.Issue"); !strings.Contains(d, "期号") {
		t.Errorf("FieldDesc(.Briefing.Issue) = %q", d)
	}
}

// TestFieldsListMethods: a method the built-in templates call like a
// field ({{pstyle .Style}} in every body line) is in the catalogue with the
// fields of its list, so a clerk who copies the line finds what it reads.
func TestFieldsListMethods(t *testing.T) {
	var find func(fs []Field, path ...string) *Field
	find = func(fs []Field, path ...string) *Field {
		for i := range fs {
			if fs[i].Path == path[0] {
				if len(path) == 1 {
					return &fs[i]
				}
				return find(fs[i].Items, path[1:]...)
			}
		}
		return nil
	}
	fs := Notice.Fields(nil)
	for _, path := range [][]string{{".Body", ".Style"}, {".Notes", ".Style"}, {".Appendices", ".Body", ".Style"}} {
		f := find(fs, path...)
		if f == nil {
			t.Errorf("通知: %v is not in the catalogue", path)
			continue
		}
		if f.Type != "文字" || !strings.Contains(f.Desc, "样式") || f.Tag != "{{.Style}}" {
			t.Errorf("通知: %v = %+v", path, *f)
		}
	}
}

package cli

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"gongwen/internal/build"
	"gongwen/internal/docdata"
	"gongwen/internal/spell"
)

// templateKind is a kind of output whose template a clerk may edit: a
// Word kind of the registry or a built-in Excel workbook. fields, check
// and inspect treat both alike.
type templateKind struct {
	Name, Label, Template, Desc string
	View                        reflect.Type
	kind                        *docdata.Kind     // a Word kind, or nil
	book                        *docdata.Workbook // a workbook, or nil
}

func wordKind(k *docdata.Kind) *templateKind {
	return &templateKind{Name: k.Name, Label: k.Label, Template: k.Template, Desc: k.Desc, View: k.ViewType(), kind: k}
}

// templateKinds lists the Word kinds, then the workbooks.
func templateKinds() []*templateKind {
	var out []*templateKind
	for _, k := range docdata.Kinds() {
		out = append(out, wordKind(k))
	}
	for _, w := range docdata.Workbooks() {
		out = append(out, &templateKind{Name: w.Name, Label: w.Label, Template: w.Template, Desc: w.Desc, View: w.ViewType(), book: w})
	}
	return out
}

// lookupKind finds a kind by its manifest word, Chinese name or template
// file; a kind of the manifest without a template (推进计划) is an error
// that says so.
func lookupKind(name string) (*templateKind, error) {
	for _, k := range templateKinds() {
		if k.kind != nil {
			if got, ok := docdata.Lookup(name); ok && got == k.kind {
				return k, nil
			}
		} else if got, ok := docdata.LookupWorkbook(name); ok && got == k.book {
			return k, nil
		}
	}
	for _, k := range build.Kinds() {
		if !k.Word && (name == k.Name || name == k.Label) {
			return nil, usageError("%s（%s）按数据直接绘制，没有模板，也就没有模板字段（有模板的文种：%s）", k.Label, k.Name, kindChoices())
		}
	}
	return nil, usageError("没有文种“%s”%s（可选：%s）", name, kindHint(name), kindChoices())
}

// kindByFile is the kind whose built-in template has the file name of
// path (an exported tongzhi.docx, zhouqingdan.xlsx), or nil.
func kindByFile(base string) *templateKind {
	for _, k := range templateKinds() {
		if strings.EqualFold(base, k.Template) {
			return k
		}
	}
	return nil
}

// FieldDesc is the Chinese description of a field path of the kind.
func (k *templateKind) FieldDesc(path string) string {
	if k.kind != nil {
		return k.kind.FieldDesc(path)
	}
	return k.book.FieldDesc(path)
}

// FieldType is the Chinese name of the type of a field path of the kind.
func (k *templateKind) FieldType(path string) string {
	if k.kind != nil {
		return k.kind.FieldType(path)
	}
	return k.book.FieldType(path)
}

// Fields is the kind's catalogue, with examples from e (nil for none).
func (k *templateKind) Fields(e *docdata.Env) []docdata.Field {
	if k.book != nil {
		return k.book.Fields(e)
	}
	var sample any
	if e != nil {
		if d, err := k.kind.Sample(e, ""); err == nil {
			sample = d.View
		}
	}
	return k.kind.Fields(sample)
}

// errNoSample is Sample's error when the data has nothing of the kind.
var errNoSample = errors.New("no sample")

// Sample is what the kind's template receives from the data of e: the
// document doc of the data when it is not empty, else the first of the
// kind.
func (k *templateKind) Sample(e *docdata.Env, doc string) (any, error) {
	if k.book != nil {
		return k.book.View(e), nil
	}
	d, err := k.kind.Sample(e, doc)
	if errors.Is(err, docdata.ErrNoDocument) {
		return nil, fmt.Errorf("%w: %v", errNoSample, err)
	}
	return d.View, err
}

// kindChoices lists the kinds as a user may name them.
func kindChoices() string {
	var s []string
	for _, k := range templateKinds() {
		s = append(s, k.Label+"（"+k.Name+"）")
	}
	return strings.Join(s, "、")
}

// kindHint is "，您是不是要写“x”？" for the closest kind name, or "".
func kindHint(got string) string {
	var names []string
	for _, k := range templateKinds() {
		names = append(names, k.Name, k.Label)
	}
	if near, ok := spell.Nearest(got, names, 2); ok {
		return fmt.Sprintf("，您是不是要写“%s”？", near)
	}
	return ""
}

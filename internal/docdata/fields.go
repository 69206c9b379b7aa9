package docdata

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"
	"unicode"
)

// The views' fields are described in Chinese by their comments in these
// files; the catalogue (gongwen fields, docs/fields.md, inspect) reads the
// comments themselves, so the description a clerk reads is the one next
// to the field in the source.
//
//go:embed docdata.go meetings.go kind_*.go workbooks.go
var sources embed.FS

// Field is a field a kind's template can read.
type Field struct {
	// Path is the field's path from the view (.Title, .Briefing.Name), or
	// within a list from its item (.Text).
	Path string `json:"path"`
	// Tag is what to put into the template: {{.Title}}, or for a list
	// the loop over it.
	Tag     string  `json:"tag"`
	Desc    string  `json:"desc"`
	Type    string  `json:"type"` // 文字、整数、是/否、文字列表、列表、字段组
	Example string  `json:"example,omitempty"`
	Items   []Field `json:"items,omitempty"` // a list's item fields, a group's fields
}

// Fields lists the fields of the kind's view, in the order of the view,
// with examples from sample (a value of the view; nil for none). Without
// a sample there are no examples: an empty view's 「0 项」 or 「否」 would
// read as what the kind gives.
func (k *Kind) Fields(sample any) []Field {
	if sample != nil {
		if s := reflect.Indirect(reflect.ValueOf(sample)); s.Type() == k.view {
			return structFields(s, "")
		}
	}
	return withoutExamples(structFields(reflect.New(k.view).Elem(), ""))
}

func withoutExamples(fs []Field) []Field {
	for i := range fs {
		fs[i].Example = ""
		fs[i].Items = withoutExamples(fs[i].Items)
	}
	return fs
}

// paraLists are the lists of lines a template writes in one paragraph with
// {{paras …}} (a paragraph per line, docx.paras), as the built-ins do.
var paraLists = map[string]bool{"TitleLines": true, "SignLines": true, "HeadGap": true}

// FieldDesc is the Chinese description of the field path (".Tasks[].Lead"
// or ".Tasks.Lead") of the kind's view, or "".
func (k *Kind) FieldDesc(path string) string { return fieldDescIn(k.view, path) }

// FieldDesc is the Chinese description of a field path of the workbook's
// template, or "".
func (w *Workbook) FieldDesc(path string) string { return fieldDescIn(w.view, path) }

// FieldType is the Chinese name of the type of a field path of the kind's
// view (文字, 数字, 日期, 列表, 是/否 …), as gongwen fields shows it, or "".
func (k *Kind) FieldType(path string) string { return fieldTypeIn(k.view, path) }

// FieldType is the Chinese name of the type of a field path of the
// workbook's template, or "".
func (w *Workbook) FieldType(path string) string { return fieldTypeIn(w.view, path) }

func fieldTypeIn(t reflect.Type, path string) string {
	f, ok := fieldAt(t, path)
	if !ok {
		if _, ok := methodAt(t, path); ok {
			if strings.HasSuffix(path, ".KeepNext") {
				return typeName(reflect.TypeFor[bool]()) // Block.KeepNext: a yes/no (methodFields)
			}
			return typeName(reflect.TypeFor[string]())
		}
		return ""
	}
	return typeName(f.Type)
}

// methodAt is the description of the described method a path ends in
// (.Body[].Style).
func methodAt(t reflect.Type, path string) (string, bool) {
	path = strings.TrimSuffix(path, "[]")
	i := strings.LastIndex(path, ".")
	if i < 0 {
		return "", false
	}
	owner := t
	if i > 0 {
		f, ok := fieldAt(t, path[:i])
		if !ok {
			return "", false
		}
		owner = f.Type
	}
	if owner = elemStruct(owner); owner == nil {
		return "", false
	}
	d, ok := methodDescs[owner][path[i+1:]]
	return d, ok
}

// fieldAt is the struct field a path names.
func fieldAt(t reflect.Type, path string) (reflect.StructField, bool) {
	var f reflect.StructField
	for _, seg := range strings.Split(strings.TrimPrefix(path, "."), ".") {
		seg = strings.TrimSuffix(seg, "[]")
		if t = elemStruct(t); t == nil {
			return f, false
		}
		var ok bool
		if f, ok = t.FieldByName(seg); !ok || !f.IsExported() {
			return f, false
		}
		t = f.Type
	}
	return f, f.Name != ""
}

// typeName is how the catalogue names a type to a clerk: never Go's name.
func typeName(t reflect.Type) string {
	switch {
	case t == reflect.TypeFor[time.Time]() || t == reflect.TypeFor[*time.Time]():
		return "日期"
	case t.Kind() == reflect.String:
		return "文字"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		return "整数"
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		return "数字"
	case t.Kind() == reflect.Bool:
		return "是/否"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "文字列表"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Int:
		return "有/无"
	case t.Kind() == reflect.Slice:
		return "列表"
	case elemStruct(t) != nil:
		return "字段组"
	case t.Kind() == reflect.Map:
		return "对照表"
	}
	return "值"
}

func fieldDescIn(t reflect.Type, path string) string {
	if d, ok := methodAt(t, path); ok {
		return d
	}
	desc := ""
	for _, seg := range strings.Split(strings.TrimPrefix(path, "."), ".") {
		seg = strings.TrimSuffix(seg, "[]")
		t = elemStruct(t)
		if t == nil {
			return ""
		}
		f, ok := t.FieldByName(seg)
		if !ok || !f.IsExported() {
			return ""
		}
		desc = fieldDesc(ownerOf(t, f), f)
		t = f.Type
	}
	return desc
}

// ownerOf is the struct that declares f (an embedded part's, for a
// promoted field).
func ownerOf(t reflect.Type, f reflect.StructField) reflect.Type {
	for i := 0; i < len(f.Index)-1; i++ {
		t = t.Field(f.Index[i]).Type
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
	}
	return t
}

func elemStruct(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

func structFields(v reflect.Value, prefix string) []Field {
	var out []Field
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if f.Anonymous {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					fv = reflect.New(f.Type.Elem())
				}
				fv = fv.Elem()
			}
			out = append(out, structFields(fv, prefix)...)
			continue
		}
		out = append(out, field(t, f, fv, prefix))
	}
	return append(out, methodFields(v, prefix)...)
}

// methodDescs are the methods a template may call like fields: the
// built-in templates write {{pstyle .Style}} in every body line, so a clerk
// who copies one must find .Style in the catalogue too.
var methodDescs = map[reflect.Type]map[string]string{
	reflect.TypeFor[Block](): {"Style": "段落样式名：一级标题至四级标题按层次，普通段落为公文正文（模板中写 {{pstyle .Style}}）",
		"KeepNext": "与下段同页（正文末段与署名不分页；接正文的一、（一）级标题为取消其样式的与下段同页）（模板中写 {{keepnext .KeepNext}}）"},
	reflect.TypeFor[AttachmentNote](): {"Style": "段落样式名：附件说明，只有一个附件时为附件说明（单个）（模板中写 {{pstyle .Style}}）"},
}

// methodFields lists the described methods of v's type as text fields,
// with their value for v as the example.
func methodFields(v reflect.Value, prefix string) []Field {
	descs := methodDescs[v.Type()]
	var names []string
	for name := range descs {
		names = append(names, name)
	}
	slices.Sort(names)
	var out []Field
	for _, name := range names {
		m := v.MethodByName(name)
		if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
			continue
		}
		path := prefix + "." + name
		if r := m.Call(nil)[0]; m.Type().Out(0).Kind() == reflect.Interface {
			// A yes/no (Block.KeepNext: true, false or off).
			yes, _ := template.IsTrue(r.Interface())
			out = append(out, Field{Path: path, Tag: "{{if " + path + "}}…{{end}}", Desc: descs[name], Type: typeName(reflect.TypeFor[bool]()),
				Example: map[bool]string{true: "是", false: "否"}[yes]})
			continue
		} else if r.Kind() != reflect.String {
			continue
		}
		out = append(out, Field{Path: path, Tag: "{{" + path + "}}", Desc: descs[name], Type: typeName(m.Type().Out(0)),
			Example: example(m.Call(nil)[0].String())})
	}
	return out
}

func field(owner reflect.Type, f reflect.StructField, v reflect.Value, prefix string) Field {
	path := prefix + "." + f.Name
	fd := Field{Path: path, Tag: "{{" + path + "}}", Desc: fieldDesc(owner, f), Type: typeName(f.Type)}
	t := f.Type
	switch {
	case t == reflect.TypeFor[time.Time]() || t == reflect.TypeFor[*time.Time]():
		if d := reflect.Indirect(v); d.IsValid() && !d.IsZero() {
			fd.Example = d.Interface().(time.Time).Format("2006-01-02")
		}
	case t.Kind() == reflect.String:
		fd.Example = example(v.String())
	case t.Kind() == reflect.Int:
		if !v.IsZero() {
			fd.Example = strconv.FormatInt(v.Int(), 10)
		}
	case t.Kind() == reflect.Float64:
		if !v.IsZero() {
			fd.Example = strconv.FormatFloat(v.Float(), 'f', -1, 64)
		}
	case t.Kind() == reflect.Bool:
		fd.Tag = "{{if " + path + "}}…{{end}}"
		fd.Example = map[bool]string{true: "是", false: "否"}[v.Bool()]
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		fd.Tag = "{{range " + path + "}}{{.}}{{end}}"
		if paraLists[f.Name] {
			fd.Tag = "{{paras " + path + "}}"
		}
		if blank := v.Len() > 0 && strings.Join(v.Interface().([]string), "") == ""; blank {
			fd.Example = fmt.Sprintf("%d 个空行", v.Len())
		} else if v.Len() > 0 {
			fd.Example = example(v.Index(0).String())
			if v.Len() > 1 {
				fd.Example += fmt.Sprintf(" 等 %d 项", v.Len())
			}
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Int:
		// A list of one element or none says whether something is there:
		// {{showif .Colophon}} keeps a line only when it is.
		fd.Tag = "{{showif " + path + "}}"
		fd.Example = map[bool]string{true: "有（1 项）", false: "无（空）"}[v.Len() > 0]
		if v.Len() > 1 {
			fd.Example = fmt.Sprintf("%d 项", v.Len())
		}
	case t.Kind() == reflect.Slice && elemStruct(t) != nil:
		fd.Tag = "{{range " + path + "}}…{{end}}"
		item := reflect.New(elemStruct(t)).Elem()
		if v.Len() > 0 {
			item = reflect.Indirect(v.Index(0))
			fd.Example = fmt.Sprintf("%d 项", v.Len())
		}
		fd.Items = structFields(item, "")
	case elemStruct(t) != nil:
		g := reflect.New(elemStruct(t)).Elem()
		if s := reflect.Indirect(v); s.IsValid() {
			g = s
		}
		fd.Items = structFields(g, path)
	}
	return fd
}

// example is a value as an example: quoted, cut after 30 characters.
func example(s string) string {
	if s == "" {
		return ""
	}
	r := []rune(s)
	if len(r) > 30 {
		s = string(r[:30]) + "…"
	}
	return strconv.QuoteToGraphic(s)
}

var (
	descOnce sync.Once
	descs    map[string]map[string]string // type name → field → description
)

// fieldDesc is the description of field f of struct t: its comment in
// this package's source (the trailing one, else the Chinese part of the
// one above it), or for the model's types its title and description tags.
func fieldDesc(t reflect.Type, f reflect.StructField) string {
	if title := f.Tag.Get("title"); title != "" {
		if d := f.Tag.Get("description"); d != "" {
			return title + "（" + d + "）"
		}
		return title
	}
	if m, ok := rowDescs[t]; ok {
		return m[f.Name]
	}
	descOnce.Do(readDescs)
	return descs[t.Name()][f.Name]
}

func readDescs() {
	descs = map[string]map[string]string{}
	entries, _ := sources.ReadDir(".")
	fset := token.NewFileSet()
	for _, e := range entries {
		src, err := sources.ReadFile(e.Name())
		if err != nil {
			continue
		}
		file, err := parser.ParseFile(fset, e.Name(), src, parser.ParseComments)
		if err != nil {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return false
			}
			m := map[string]string{}
			for _, fl := range st.Fields.List {
				text := chinese(fl.Comment)
				if text == "" {
					text = chinese(fl.Doc)
				}
				for _, name := range fl.Names {
					m[name.Name] = text
				}
			}
			descs[ts.Name.Name] = m
			return false
		})
	}
}

// chinese is the text of a comment group if it says something in Chinese:
// the comments of the views are written for clerks.
func chinese(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	text := strings.Join(strings.Fields(g.Text()), " ")
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			return text
		}
	}
	return ""
}

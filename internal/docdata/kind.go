package docdata

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/model"
)

// Kind is a kind of document built from a Word template. Each kind is
// declared in its own file (kind_*.go) with its view, the function that
// builds it and its planner; the build plan, the manifest's kinds, serve,
// gongwen templates, gongwen fields and gongwen check all read this
// registry, so adding a kind is its file, its template and its tests.
type Kind struct {
	// Name is the kind's name in code: the manifest's word (outputs:
	// - notice), the Go files kind_<name>.go.
	Name  string
	Label string // 中文名，如“通知”：构建摘要和 gongwen fields 中的称呼
	// Template is the built-in template's file in templates/.
	Template string
	// Data is the kind documents of the data have (documents[].kind), or
	// empty for a kind made from the data alone (督办情况汇总).
	Data model.DocumentKind
	Desc string // 一行说明

	order int
	view  reflect.Type // the view its templates receive, a struct
	// plan lists the documents a manifest entry of the kind builds, only
	// restricting them to ids (documents, meetings or units).
	plan func(k *Kind, e *Env, only []string) ([]Doc, error)
	// doc builds the document of the data d (render --doc, serve, check
	// --doc); nil when the kind has no documents in the data.
	doc func(k *Kind, e *Env, d *model.Document) (Doc, error)
	// sample, when set, replaces Sample's search of the data.
	sample func(k *Kind, e *Env, id string) (Doc, error)
	// drops says why the kind's built-in template leaves out a field
	// the data may give (see NotShown), by field name.
	drops map[string]string
}

// Env is what planning a kind needs besides the manifest entry.
type Env struct {
	Campaign *model.Campaign
	Date     time.Time    // the build date
	Calendar *cn.Calendar // working days; nil means the built-in one
	Options  Options
}

func (e *Env) calendar() *cn.Calendar {
	if e.Calendar == nil {
		return cn.DefaultCalendar()
	}
	return e.Calendar
}

// Doc is one document a kind plans: the view its template renders, and
// the workbooks sent with it.
type Doc struct {
	Title string
	View  any
	// Unfilled are the headings left as （此处填写…） prompts, so the
	// build can say where the document needs writing.
	Unfilled []string
	// Omitted names the tasks a responsibility table in the document
	// leaves out (see divisionOmitted), so the build can say so.
	Omitted []string
	// Notes are sentences the build prints as 提示 (a report drafted
	// before its 成文日期 is dated the build date, and says so).
	Notes []string
	// BuildNotes are 提示 about the build rather than the document they
	// travel with (an overdue task nobody can be sent a 督办通知 for): the
	// build prints them without the document's name, which named an
	// unrelated letter (QA s8 #16).
	BuildNotes []string
	Sheets     []Sheet
}

// Sheet is a workbook sent with a document: a meeting notice's 参会回执,
// a 督办通知's 督办事项回复表.
type Sheet struct {
	Kind  string // 中文名，如“参会回执”
	Title string
	Write func(w io.Writer) error
}

var kinds []*Kind

// register adds k to the registry; order is its place in the manifest's
// list of kinds. view is a nil pointer to the kind's view type.
func register(k *Kind, order int, view any) *Kind {
	k.order = order
	k.view = reflect.TypeOf(view).Elem()
	kinds = append(kinds, k)
	slices.SortStableFunc(kinds, func(a, b *Kind) int { return a.order - b.order })
	return k
}

// Kinds lists the kinds in the order of the manifest.
func Kinds() []*Kind { return slices.Clone(kinds) }

// ViewType is the struct the kind's templates receive.
func (k *Kind) ViewType() reflect.Type { return k.view }

// FromData reports whether documents of the data may be of the kind.
func (k *Kind) FromData() bool { return k.Data != "" && k.doc != nil }

// Plan lists the documents an entry of the kind builds as of e.Date,
// restricted to the ids in only when it is not empty.
func (k *Kind) Plan(e *Env, only []string) ([]Doc, error) {
	if e.Campaign == nil {
		return nil, fmt.Errorf("没有活动数据")
	}
	docs, err := k.plan(k, e, only)
	for i := range docs {
		docs[i].Omitted = omittedIn(e.Campaign, docs[i].View)
	}
	return docs, err
}

// Document builds the document d of the data as the kind's template
// receives it.
func (k *Kind) Document(e *Env, d *model.Document) (Doc, error) {
	if e.Campaign == nil {
		return Doc{}, fmt.Errorf("没有活动数据")
	}
	if k.doc == nil {
		return Doc{}, fmt.Errorf("%s不取自数据中的文件", k.Label)
	}
	doc, err := k.doc(k, e, d)
	doc.Omitted = omittedIn(e.Campaign, doc.View)
	return doc, err
}

// ErrNoDocument is returned by Sample when the data has no document the
// kind could show.
var ErrNoDocument = errors.New("没有可用的文件")

// Sample is a document of the kind to show a template with (the preview
// of serve, the examples of gongwen fields): the data's document id when
// id is not empty (or the first the kind plans for that id: a meeting's,
// a unit's), else the kind's first document of the data, else the first
// it plans.
func (k *Kind) Sample(e *Env, id string) (Doc, error) {
	if e.Campaign == nil {
		return Doc{}, fmt.Errorf("没有活动数据")
	}
	if k.sample != nil {
		return k.sample(k, e, id)
	}
	return k.sampleData(e, id)
}

func (k *Kind) sampleData(e *Env, id string) (Doc, error) {
	c := e.Campaign
	if id != "" {
		d := c.DocumentByID(id)
		if d == nil {
			// The kinds planned from the data take their own ids: a
			// meeting's, a unit's.
			if docs, err := k.Plan(e, []string{id}); err == nil && len(docs) > 0 {
				return docs[0], nil
			}
			return Doc{}, fmt.Errorf("%w：活动数据中没有 id 为“%s”的文件（documents 中）", ErrNoDocument, id)
		}
		if k.doc == nil {
			return Doc{}, fmt.Errorf("%w：%s不取自数据中的文件", ErrNoDocument, k.Label)
		}
		return k.doc(k, e, d)
	}
	if ds := docsOf(c, k.Data, nil); k.Data != "" && k.doc != nil && len(ds) > 0 {
		return k.doc(k, e, ds[0])
	}
	docs, err := k.Plan(e, nil)
	if err != nil {
		return Doc{}, err
	}
	if len(docs) == 0 {
		return Doc{}, fmt.Errorf("%w：活动数据中没有文种为“%s”的文件", ErrNoDocument, k.Label)
	}
	return docs[0], nil
}

// Lookup finds a kind by its name, its Chinese name, the data's kind or
// its template's file name (with or without .docx).
func Lookup(name string) (*Kind, bool) {
	if name == "" {
		return nil, false
	}
	for _, k := range kinds {
		if name == k.Name || name == k.Label || name == string(k.Data) ||
			strings.EqualFold(name, k.Template) || strings.EqualFold(name+".docx", k.Template) {
			return k, true
		}
	}
	return nil, false
}

// ForData is the kind of a document of the data.
func ForData(dk model.DocumentKind) (*Kind, bool) {
	for _, k := range kinds {
		if k.Data == dk && k.doc != nil {
			return k, true
		}
	}
	return nil, false
}

// Names lists the kinds' names, for messages.
func Names() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.Name
	}
	return out
}

// docsOf lists the data's documents of kind dk, restricted to only.
func docsOf(c *model.Campaign, dk model.DocumentKind, only []string) []*model.Document {
	var out []*model.Document
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == dk && (len(only) == 0 || slices.Contains(only, d.ID)) {
			out = append(out, d)
		}
	}
	return out
}

// eachDoc plans one document per document of the data of kind k.
func eachDoc(k *Kind, e *Env, only []string) ([]Doc, error) {
	var out []Doc
	for _, d := range docsOf(e.Campaign, k.Data, only) {
		doc, err := k.doc(k, e, d)
		if err != nil {
			return nil, fmt.Errorf("文件 %s：%w", d.ID, err)
		}
		out = append(out, doc)
	}
	return out, nil
}

func titled(title string, label string) string {
	if title == "" {
		return label
	}
	return title
}

// Order is the kind's place among the manifest's outputs.
func (k *Kind) Order() int { return k.order }

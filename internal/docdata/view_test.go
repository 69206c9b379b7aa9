package docdata

import (
	"fmt"
	"reflect"
	"time"

	"gongwen/internal/model"
)

// View is, in these tests, a kind's view seen through every field any
// kind has: the fields of the typed view (Typed, what templates receive)
// copied by name, so a test can read .Body whatever the kind.
type View struct {
	*meetingDraft
	Campaign *model.Campaign
	Typed    any
	Template string // the built-in template of the kind
}

// MeetingView is the same for the meeting kinds' views.
type MeetingView = View

// For builds the document d of the data as its kind's template receives it.
func For(dk model.DocumentKind, c *model.Campaign, d *model.Document, date time.Time, opts Options) (*View, error) {
	k, ok := ForData(dk)
	if !ok {
		return nil, fmt.Errorf("no kind for %s", dk)
	}
	doc, err := k.Document(&Env{Campaign: c, Date: date, Options: opts}, d)
	if err != nil {
		return nil, err
	}
	return viewOf(c, doc.View), nil
}

// viewOf copies a typed view's fields into a View.
func viewOf(c *model.Campaign, typed any) *View {
	if v, ok := typed.(*View); ok {
		return v
	}
	v := &View{meetingDraft: &meetingDraft{draft: &draft{}}, Campaign: c, Typed: typed}
	for _, k := range kinds {
		if reflect.TypeOf(typed).Elem() == k.view {
			v.Template = k.Template
		}
	}
	dst := reflect.ValueOf(v.meetingDraft).Elem()
	var copyFields func(src reflect.Value)
	copyFields = func(src reflect.Value) {
		for i := range src.NumField() {
			f := src.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Anonymous {
				copyFields(src.Field(i))
				continue
			}
			if d := dst.FieldByName(f.Name); d.IsValid() && d.Type() == f.Type {
				d.Set(src.Field(i))
			}
		}
	}
	copyFields(reflect.ValueOf(typed).Elem())
	if u, ok := typed.(interface{ Unfilled() []string }); ok {
		v.Placeholders = u.Unfilled()
	}
	return v
}

// The builders of the generated documents, seen as Views.
func forSummaryT(c *model.Campaign, doc *model.Document, span Span, date time.Time, opts Options) *View {
	return viewOf(c, ForSummary(c, doc, span, date, opts))
}

func forPlanT(c *model.Campaign, date time.Time, opts Options) *View {
	return viewOf(c, ForPlan(c, date, opts))
}

func forDivisionT(c *model.Campaign, date time.Time) *View { return viewOf(c, ForDivision(c, date)) }

func forBriefingT(c *model.Campaign, b *model.Briefing) *View { return viewOf(c, ForBriefing(c, b)) }

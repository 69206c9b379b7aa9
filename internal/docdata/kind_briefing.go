package docdata

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gongwen/internal/model"
)

// Briefing is the 简报: one document per issue published by the build
// date. Its issues are written under briefings.issues, not as documents.
var Briefing = register(&Kind{
	Name: "briefing", Label: "简报", Data: model.BriefingDoc, Template: "jianbao.docx",
	Desc: "简报：红色报头、期号、编印单位和日期、文章、报送范围和印数",
	plan: func(k *Kind, e *Env, only []string) ([]Doc, error) {
		var out []Doc
		for i := range e.Campaign.Briefings.Issues {
			b := &e.Campaign.Briefings.Issues[i]
			if len(only) > 0 && !slices.Contains(only, strconv.Itoa(b.Number)) {
				continue
			}
			if len(only) == 0 && b.Date.After(e.Date) {
				continue // not yet published as of the build date
			}
			v := ForBriefing(e.Campaign, b)
			out = append(out, Doc{Title: titled(v.Title, k.Label), View: v})
		}
		return out, nil
	},
	// A briefing is shown by its issue number (id), else the latest
	// issue published by the build date.
	sample: func(k *Kind, e *Env, id string) (Doc, error) {
		issues := e.Campaign.Briefings.Issues
		var b *model.Briefing
		for i := range issues {
			if id != "" && strconv.Itoa(issues[i].Number) == strings.TrimSpace(id) ||
				id == "" && (b == nil || !issues[i].Date.After(e.Date)) {
				b = &issues[i]
			}
		}
		if b == nil && id != "" {
			return Doc{}, fmt.Errorf("%w：活动数据中没有第“%s”期简报", ErrNoDocument, id)
		}
		if b == nil {
			return Doc{}, fmt.Errorf("%w：活动数据中没有已编发的简报（briefings.issues）", ErrNoDocument)
		}
		v := ForBriefing(e.Campaign, b)
		return Doc{Title: titled(v.Title, k.Label), View: v}, nil
	},
}, 60, (*BriefingView)(nil))

// BriefingView is what the briefing's template receives.
type BriefingView struct {
	Common
	Title    string         // 简报名称和期号，如“学创简报第3期”
	Date     string         // 编印日期，如“2013年3月29日”
	Briefing *BriefingIssue // 本期简报
}

// ForBriefing builds an issue of the briefing (简报).
func ForBriefing(c *model.Campaign, b *model.Briefing) *BriefingView {
	v := forBriefing(c, b)
	return &BriefingView{Common: v.Common, Title: v.Title, Date: v.Date, Briefing: v.Briefing}
}

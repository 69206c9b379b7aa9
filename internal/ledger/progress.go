package ledger

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/model"
)

// A unit's note on a returned list is what happened: besides replacing the
// task's notes (备注, the latest word), it is appended to the task's record
// (record.progress) with its date and unit, so summaries can tell it.

// progressEdits plans, for every change that sets a task's notes, a
// progress note in the task's record: the notes' text, dated and by the
// unit the returned form names (its 填报日期 and 填报单位, Change.On and
// .By). A form without a 填报日期 dates the note day, the import day, and
// the note says so in a comment; a form without a 填报单位, or naming a
// unit the data does not have, leaves it to the task's lead unit (else
// its responsible unit, else its office group). A task written in flow
// style, or whose record is, is left as it is (its notes still change).
//
// A date outside the campaign year and the next (a list of 2013 imported
// in 2026 without a 填报日期, a test's clock) dates nothing: the note is not
// recorded then.
func (yt *Doc) progressEdits(c *model.Campaign, changes []Change, day time.Time) []Edit {
	var out []Edit
	for _, ch := range changes {
		if ch.Decision || ch.Key != "notes" || ch.Delete {
			continue
		}
		text := strings.TrimSpace(scalarValue(ch.Text))
		m := yt.ByID[ch.TaskID]
		if text == "" || m == nil {
			continue
		}
		on, comment := day, "清单未填填报日期，按导入日记"
		if ch.On != nil {
			on, comment = *ch.On, ""
		}
		if on.Year() < c.Year || on.Year() > c.Year+1 {
			continue
		}
		unit := unitID(c, ch.By)
		if unit == "" {
			if ch.By != "" {
				comment = strings.TrimPrefix(comment+"；", "；") + "填报单位“" + ch.By + "”不在数据的单位中，记为牵头单位"
			}
			if t := c.TaskByID(ch.TaskID); t != nil {
				switch {
				case len(c.TaskLead(t)) > 0:
					unit = c.TaskLead(t)[0]
				case len(c.TaskUnits(t)) > 0:
					unit = c.TaskUnits(t)[0]
				default:
					unit = t.Group
				}
			}
		}
		if e, err := yt.addProgress(m, on, unit, text, "", comment, nil); err == nil {
			out = append(out, e)
		}
	}
	return out
}

// unitID is the id of the unit or office group a form names by its name,
// short name or id; "" for none.
func unitID(c *model.Campaign, name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	for _, u := range c.Units {
		if name == u.Name || name == u.Short || name == u.ID {
			return u.ID
		}
	}
	for _, g := range c.Office.Groups {
		if name == g.Name || name == g.ID {
			return g.ID
		}
	}
	return ""
}

// addProgress plans the lines of one progress note of the task mapping m:
// a new record, a new progress list in the record, or an item after the
// list's last.
func (yt *Doc) addProgress(m *yaml.Node, day time.Time, unit, text, status, comment string, doneOn *time.Time) (Edit, error) {
	if m.Style&yaml.FlowStyle != 0 || len(m.Content) == 0 {
		return Edit{}, ErrFlow
	}
	item := func(dash int) string {
		pad := strings.Repeat(" ", dash)
		s := pad + "- date: " + Date(day)
		if comment != "" {
			s += " # " + comment
		}
		s += "\n"
		if unit != "" {
			s += pad + "  unit: " + unit + "\n"
		}
		if status != "" {
			s += pad + "  status: " + status + "\n"
		}
		if doneOn != nil {
			s += pad + "  done_on: " + Date(*doneOn) + "\n"
		}
		return s + pad + "  text: " + Scalar(text, nil) + "\n"
	}
	after := func(n *yaml.Node, keyIndent int, lines string) (Edit, error) {
		end, err := yt.nodeEnd(n, keyIndent)
		if err != nil {
			return Edit{}, err
		}
		at := yt.lineEnd(end)
		if at == len(yt.src) {
			return Edit{Start: at, End: at, Text: "\n" + strings.TrimSuffix(lines, "\n")}, nil
		}
		return Edit{Start: at + 1, End: at + 1, Text: lines}, nil
	}
	keys := m.Content[0].Column - 1
	rec := Value(m, "record")
	if rec == nil {
		return after(m, keys, strings.Repeat(" ", keys)+"record:\n"+strings.Repeat(" ", keys+2)+"progress:\n"+item(keys+4))
	}
	if rec.Kind != yaml.MappingNode || rec.Style&yaml.FlowStyle != 0 || len(rec.Content) == 0 {
		return Edit{}, fmt.Errorf("record 不是块式映射")
	}
	recKeys := rec.Content[0].Column - 1
	prog := Value(rec, "progress")
	if prog == nil {
		return after(rec, recKeys, strings.Repeat(" ", recKeys)+"progress:\n"+item(recKeys+2))
	}
	if prog.Kind != yaml.SequenceNode || prog.Style&yaml.FlowStyle != 0 || len(prog.Content) == 0 {
		return Edit{}, fmt.Errorf("record.progress 不是块式列表")
	}
	return after(prog, recKeys, item(prog.Content[0].Column-3))
}

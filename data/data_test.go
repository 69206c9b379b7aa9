// Package data_test checks that the default data set holds the seed's work
// plan completely: every sentence of testdata/seed.txt (a verbatim copy of
// the seed, whose last two lines are scraped mojibake and not part of the
// plan) must be found in data/xuechuang.yaml, and the plan's task paragraphs
// must be regenerable word for word from the tasks.
//
// The file is decoded with yaml.v3 into a loose map on purpose: this test
// guards the data, not the loader (package load has its own tests).
package data_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/model"
)

// widths maps the half-width punctuation the scrape left in the seed back to
// the full-width marks of the original.
var widths = strings.NewReplacer(",", "，", ":", "：", "(", "（", ")", "）", ";", "；")

func seedPlan(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) < 5 {
		t.Fatalf("seed has %d lines", len(lines))
	}
	lines = lines[:len(lines)-2] // the mojibake "page not found" notice
	for i := range lines {
		lines[i] = widths.Replace(strings.TrimSpace(lines[i]))
	}
	return lines
}

func loadData(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile("xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "# yaml-language-server: $schema=./activity.schema.json\n") {
		t.Error("xuechuang.yaml does not start with the yaml-language-server schema line")
	}
	var m map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatalf("xuechuang.yaml: %v", err)
	}
	return m
}

// texts collects every string value of the data, keys excluded.
func texts(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case []any:
		for _, e := range x {
			texts(e, out)
		}
	case map[string]any:
		for _, e := range x {
			texts(e, out)
		}
	}
}

var (
	numbering = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+、)`)
	trailing  = regexp.MustCompile(`（([^（）]*)）$`)
)

// sectionHeadings are the plan's fixed section titles; the work-plan
// template writes them, the data does not hold them.
var sectionHeadings = map[string]bool{"指导思想": true, "工作职责": true, "工作任务": true, "工作要求": true}

// TestSeedCoverage: every sentence of the plan (from line 4 on; lines 1–3
// are the title, checked apart) appears in some text of the data.
func TestSeedCoverage(t *testing.T) {
	lines := seedPlan(t)
	d := loadData(t)
	var all []string
	texts(d, &all)
	// A sentence may be split over tasks joined into one paragraph.
	all = append(all, paragraphs(d)...)
	hay := strings.Join(all, "\n")
	for n, line := range lines[3:] {
		lineNo := n + 4
		s := numbering.ReplaceAllString(line, "")
		if sectionHeadings[s] {
			continue
		}
		var frags []string
		if m := trailing.FindStringSubmatch(s); m != nil && numbering.MatchString(line) {
			// "（一）精心谋划组织，迅速启动工作（2月初-2月底）": title and period.
			frags = append(frags, m[1])
			s = strings.TrimSuffix(s, m[0])
		}
		for _, sent := range strings.Split(s, "。") {
			if sent = strings.TrimSpace(sent); sent != "" {
				frags = append(frags, sent)
			}
		}
		for _, f := range frags {
			if !strings.Contains(hay, f) {
				t.Errorf("seed line %d: %q is not in the data", lineNo, f)
			}
		}
	}
	// The title lines, the scraped spaces of "工作 方 案" removed.
	plan := d["plan"].(map[string]any)
	got := plan["title_lines"].([]any)
	for i := 0; i < 3; i++ {
		want := strings.ReplaceAll(lines[i], " ", "")
		if i >= len(got) || got[i] != want {
			t.Errorf("plan.title_lines[%d] = %v, want %q", i, got, want)
		}
	}
}

// TestPlanRegenerates rebuilds the plan's sections from the structured
// data, as the work-plan template will, and compares them with the seed line
// by line.
func TestPlanRegenerates(t *testing.T) {
	lines := seedPlan(t)
	d := loadData(t)
	str := func(v any) string { s, _ := v.(string); return s }
	list := func(v any) []any { l, _ := v.([]any); return l }
	obj := func(v any) map[string]any { m, _ := v.(map[string]any); return m }

	plan := obj(d["plan"])
	var zhz map[string]any
	for _, g := range list(obj(d["office"])["groups"]) {
		if str(obj(g)["id"]) == str(plan["group"]) {
			zhz = obj(g)
		}
	}
	if zhz == nil {
		t.Fatalf("plan.group %q is not an office group", plan["group"])
	}

	var gen []string
	gen = append(gen, str(plan["opening"]), "一、指导思想", str(plan["guiding_thought"]), "二、工作职责", str(plan["duties_intro"]))
	for i, duty := range list(zhz["duties"]) {
		gen = append(gen, itoa(i+1)+"、"+str(duty))
	}
	gen = append(gen, "三、工作任务", str(plan["tasks_intro"]))
	cn := []string{"一", "二", "三", "四", "五", "六"}
	for i, ph := range list(d["phases"]) {
		p := obj(ph)
		gen = append(gen, "（"+cn[i]+"）"+str(p["title"])+"（"+str(p["period"])+"）")
		gen = append(gen, paragraphs(map[string]any{"phases": []any{ph}, "tasks": d["tasks"]})...)
	}
	gen = append(gen, "四、工作要求")
	for i, r := range list(d["requirements"]) {
		gen = append(gen, itoa(i+1)+"、"+str(obj(r)["title"])+"。"+str(obj(r)["text"]))
	}

	want := lines[3:]
	for i := 0; i < len(want) || i < len(gen); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(gen) {
			g = gen[i]
		}
		if w != g {
			t.Errorf("plan line %d:\n seed: %q\n data: %q", i+4, w, g)
		}
	}
}

// TestTaskPeriodsLeadText: a task whose text starts with a period phrase
// ("2月中旬，…") has that phrase as its period, so the text and the schedule
// never disagree.
func TestTaskPeriodsLeadText(t *testing.T) {
	lead := regexp.MustCompile(`^([0-9一二三四五六七八九十月初中下上旬底左右份和\-]+)，`)
	for i, tk := range loadData(t)["tasks"].([]any) {
		task := tk.(map[string]any)
		text, _ := task["text"].(string)
		if m := lead.FindStringSubmatch(text); m != nil && m[1] != task["period"] {
			t.Errorf("tasks[%d]: text begins %q but period is %v", i, m[1], task["period"])
		}
	}
}

// paragraphs runs the texts of tasks with join_previous together, phase by
// phase, as the plan prints them.
func paragraphs(d map[string]any) []string {
	var out []string
	phases, _ := d["phases"].([]any)
	tasks, _ := d["tasks"].([]any)
	for _, ph := range phases {
		p, _ := ph.(map[string]any)
		para := ""
		for _, tk := range tasks {
			task, _ := tk.(map[string]any)
			if task["phase"] != p["id"] {
				continue
			}
			text, _ := task["text"].(string)
			if join, _ := task["join_previous"].(bool); join && para != "" {
				para += text
				continue
			}
			if para != "" {
				out = append(out, para)
			}
			para = text
		}
		if para != "" {
			out = append(out, para)
		}
	}
	return out
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}

// TestModelCheck decodes the data into the model and runs its semantic
// checks, so the default data set is known to be valid even before the
// loader (package load) exists. The loader's own test of this file will make
// this one redundant. Periods are plain strings in the file; they are
// wrapped as {text: …} here because period.Period has no UnmarshalText.
func TestModelCheck(t *testing.T) {
	d := loadData(t)
	wrap := func(items any) {
		l, _ := items.([]any)
		for _, it := range l {
			if m, ok := it.(map[string]any); ok {
				m["period"] = map[string]any{"text": m["period"]}
			}
		}
	}
	wrap(d["phases"])
	wrap(d["tasks"])
	// A rescheduling note's due is a period too.
	tasks, _ := d["tasks"].([]any)
	for _, it := range tasks {
		m, _ := it.(map[string]any)
		rec, _ := m["record"].(map[string]any)
		notes, _ := rec["progress"].([]any)
		for _, n := range notes {
			if nm, ok := n.(map[string]any); ok && nm["due"] != nil {
				nm["due"] = map[string]any{"text": nm["due"]}
			}
		}
	}
	if b, ok := d["briefings"].(map[string]any); ok {
		wrap(b["themes"])
	}
	b, err := yaml.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var c model.Campaign
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf("decode into the model: %v", err)
	}
	c.ResolvePeriods()
	for _, p := range c.Check() {
		t.Errorf("xuechuang.yaml: %s", p)
	}

	// The plausible mid-year state the data promises: some done, some in
	// progress, some overdue, some late, later ones not started.
	s := c.Stats(time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC))
	if s.Finished == 0 || s.Late == 0 || s.Overdue == 0 || s.Count(model.InProgress) == 0 || s.Count(model.NotStarted) == 0 {
		t.Errorf("mid-year state: finished %d late %d overdue %d by status %v", s.Finished, s.Late, s.Overdue, s.ByStatus)
	}
	for _, u := range c.Units {
		if u.Sample != (u.ID != "hbrb" && u.ID != "hbws") {
			t.Errorf("unit %s: sample = %v; only the media are named by the seed", u.ID, u.Sample)
		}
	}
}

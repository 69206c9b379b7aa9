package build

import (
	"slices"
	"testing"
)

// The queue starts the longest jobs first, and holds a big campaign's
// workbooks to one at a time while a small campaign's may render side by
// side.
func TestQueueOrder(t *testing.T) {
	jobs := func(light bool) []Job {
		return []Job{
			{Title: "notice", Ext: ".docx"},
			{Title: "table", Ext: ".xlsx", first: true, light: light},
			{Title: "division", Ext: ".docx", first: true},
			{Title: "signin", Ext: ".xlsx", light: light},
			{Title: "speech", Ext: ".docx"},
		}
	}
	takeAll := func(q *queue) []string {
		var got []string
		for range q.jobs {
			i, ok := q.take()
			if !ok {
				t.Fatal("queue ran out early")
			}
			got = append(got, q.jobs[i].Title)
		}
		return got
	}

	// Small campaign: longest first, then in order; nothing waits.
	q := newQueue(jobs(true))
	if got, want := takeAll(q), []string{"table", "division", "notice", "signin", "speech"}; !slices.Equal(got, want) {
		t.Errorf("light: order %v, want %v", got, want)
	}

	// Big campaign: while the table renders, the other workbook waits
	// behind the Word documents.
	q = newQueue(jobs(false))
	var got []string
	for range 4 {
		i, _ := q.take()
		got = append(got, q.jobs[i].Title)
	}
	if want := []string{"table", "division", "notice", "speech"}; !slices.Equal(got, want) {
		t.Errorf("heavy: order %v, want %v", got, want)
	}
	q.finished(1) // the table is done: the other workbook may start
	if i, ok := q.take(); !ok || q.jobs[i].Title != "signin" {
		t.Errorf("heavy: after the table, took %d %v, want signin", i, ok)
	}
	if _, ok := q.take(); ok {
		t.Error("heavy: a job left after all were taken")
	}
}

package model

import (
	"testing"
	"time"
)

// TestOwnRegister: numbering a copy leaves the shared campaign as it was,
// and two copies numbered at once do not race (run with -race).
func TestOwnRegister(t *testing.T) {
	c := &Campaign{
		Year:      2013,
		Profile:   Profile{Organs: []Organ{{ID: "office", Name: "办公室", DocPrefix: "鄂学创办"}}},
		Documents: []Document{{ID: "tz", Kind: Notice, Title: "关于甲的通知", Organs: []string{"office"}}},
	}
	day := time.Date(2013, 7, 15, 0, 0, 0, 0, time.UTC)
	done := make(chan []DocNoEntry, 2)
	for range 2 {
		go func() { done <- c.OwnRegister().AssignDocNos(day) }()
	}
	for range 2 {
		if added := <-done; len(added) != 1 || added[0].DocNo != "鄂学创办〔2013〕1号" {
			t.Errorf("a copy took %+v, want 鄂学创办〔2013〕1号", added)
		}
	}
	if c.Documents[0].DocNo != "" || len(c.DocNos) != 0 {
		t.Errorf("the shared campaign changed: %q, %d register lines", c.Documents[0].DocNo, len(c.DocNos))
	}
}

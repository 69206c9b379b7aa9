package model

import (
	"strings"
	"testing"
)

func TestDocNoRegister(t *testing.T) {
	c := small()
	c.Profile.Organs = append(c.Profile.Organs, Organ{ID: "bgs", Name: "办公室", DocPrefix: "鄂学创办"})
	c.Documents = append(c.Documents,
		Document{ID: "n1", Kind: MeetingNotice, Organs: []string{"bgs"}, Title: "会议通知", Recipients: []string{"各单位"}, Date: dayp("2013-07-12")},
		Document{ID: "n2", Kind: Notice, Organs: []string{"bgs"}, Title: "通知二", Recipients: []string{"各单位"}, Date: dayp("2013-08-01")},
		Document{ID: "r1", Kind: Report, Organs: []string{"bgs"}, Title: "汇报"}, // no red header
	)
	// 3号 is reserved, 1号 went to n2 earlier: n1 gets 4号, n2 keeps 1号.
	c.DocNos = []DocNoEntry{
		{DocNo: "鄂学创办〔2013〕1号", Document: "n2"},
		{DocNo: "鄂学创办〔2013〕3号", State: DocNoReserved},
	}
	if ps := c.Check(); len(ps) > 0 {
		t.Fatalf("problems %v", ps)
	}
	added := c.AssignDocNos(day("2013-07-15"))
	if len(added) != 1 || added[0].DocNo != "鄂学创办〔2013〕4号" || added[0].Document != "n1" {
		t.Errorf("added %+v", added)
	}
	if d := c.DocumentByID("n2"); d.DocNo != "鄂学创办〔2013〕1号" {
		t.Errorf("n2 = %s", d.DocNo)
	}
	if d := c.DocumentByID("r1"); d.DocNo != "" {
		t.Errorf("a report got %s", d.DocNo)
	}
	// Assigning again adds nothing; a generated letter takes the next and
	// finds it again.
	if again := c.AssignDocNos(day("2013-07-15")); len(again) != 0 {
		t.Errorf("second assignment %+v", again)
	}
	letter := &Document{Organs: []string{"bgs"}, Date: dayp("2013-07-15"), Title: "督办"}
	if no := c.DocNoFor("督办通知:xcb:2013-07-15", letter); no != "鄂学创办〔2013〕5号" {
		t.Errorf("letter %s", no)
	}
	if no := c.DocNoFor("督办通知:xcb:2013-07-15", letter); no != "鄂学创办〔2013〕5号" {
		t.Errorf("letter again %s", no)
	}
	books := c.DocNoRegister()
	var got []string
	for _, b := range books {
		for _, l := range b.Lines {
			got = append(got, l.DocNo)
		}
	}
	if g := strings.Join(got, " "); g != "鄂发〔2013〕4号 鄂学创办〔2013〕1号 鄂学创办〔2013〕3号 鄂学创办〔2013〕4号 鄂学创办〔2013〕5号" {
		t.Errorf("register %s", g)
	}
	if ps := c.Check(); len(ps) > 0 {
		t.Errorf("after assignment: %v", ps)
	}
}

func TestCheckDocNos(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *Campaign)
		want []string
	}{
		{"twice in the register", func(c *Campaign) {
			c.DocNos = []DocNoEntry{{DocNo: "鄂发〔2013〕5号"}, {DocNo: "鄂发〔2013〕5号"}}
		}, []string{"docnos[1].doc_no：发文字号“鄂发〔2013〕5号”重复登记"}},
		{"bad form, state, document", func(c *Campaign) {
			c.DocNos = []DocNoEntry{{DocNo: "鄂发[2013]5号"}, {DocNo: "鄂发〔2013〕6号", State: "作废"}, {DocNo: "鄂发〔2013〕7号", Document: "d9"}}
		}, []string{"docnos[0].doc_no：发文字号“鄂发[2013]5号”不规范", "docnos[1].state：状态“作废”无效", "docnos[2].document：文件“d9”不存在"}},
		{"register disagrees with the document", func(c *Campaign) {
			c.DocNos = []DocNoEntry{{DocNo: "鄂发〔2013〕5号", Document: "d1"}}
		}, []string{"docnos[0].doc_no：登记的发文字号“鄂发〔2013〕5号”与文件 d1 的 doc_no“鄂发〔2013〕4号”不一致"}},
		{"two documents, one number", func(c *Campaign) {
			d := c.Documents[0]
			d.ID = "d2"
			c.Documents = append(c.Documents, d)
		}, []string{"documents[1].doc_no：发文字号“鄂发〔2013〕4号”已用于文件 d1"}},
		{"format", func(c *Campaign) { c.Documents[0].Format = "便函" }, []string{"documents[0].format：版式“便函”无效"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := small()
			tt.edit(c)
			got := c.Check()
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %d problems", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i].String(), w) {
					t.Errorf("problem %d = %q, want prefix %q", i, got[i], w)
				}
			}
		})
	}
}

func FuzzSplitDocNo(f *testing.F) {
	for _, s := range []string{"鄂发〔2013〕4号", "〔2013〕1号", "x〔13〕1号", "鄂发〔2013〕99999999999999999999号", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, year, n, ok := SplitDocNo(s)
		if ok && (code == "" || year < 1000 || n < 0) {
			t.Errorf("SplitDocNo(%q) = %q %d %d", s, code, year, n)
		}
	})
}

// A trial build takes numbers in the register, so its documents get
// different ones and build can say what they would be, but the documents
// show them blank, as a draft going to 核稿; numbers the register held
// before stay as they are.
func TestDraftDocNos(t *testing.T) {
	c := small()
	c.Profile.Organs = append(c.Profile.Organs, Organ{ID: "bgs", Name: "办公室", DocPrefix: "鄂学创办"})
	c.Documents = append(c.Documents,
		Document{ID: "n1", Kind: MeetingNotice, Organs: []string{"bgs"}, Title: "会议通知", Recipients: []string{"各单位"}, Date: dayp("2013-07-12")},
		Document{ID: "n2", Kind: Notice, Organs: []string{"bgs"}, Title: "通知二", Recipients: []string{"各单位"}, Date: dayp("2013-08-01")},
	)
	c.DocNos = []DocNoEntry{{DocNo: "鄂学创办〔2013〕1号", Document: "n2"}}
	c.DraftDocNos()
	added := c.AssignDocNos(day("2013-07-15"))
	if len(added) != 1 || added[0].DocNo != "鄂学创办〔2013〕2号" {
		t.Fatalf("added %+v", added)
	}
	if d := c.DocumentByID("n1"); d.DocNo != "鄂学创办〔2013〕　　号" {
		t.Errorf("n1 shows %q, want the number blank", d.DocNo)
	}
	if d := c.DocumentByID("n2"); d.DocNo != "鄂学创办〔2013〕1号" {
		t.Errorf("n2 shows %q, want its registered number", d.DocNo)
	}
	letter := &Document{Organs: []string{"bgs"}, Date: dayp("2013-07-15"), Title: "督办"}
	for range 2 {
		if no := c.DocNoFor("督办通知:xcb:2013-07-15", letter); no != "鄂学创办〔2013〕　　号" {
			t.Errorf("letter shows %q, want the number blank", no)
		}
	}
	if got := c.RegisteredDocNo("督办通知:xcb:2013-07-15"); got != "鄂学创办〔2013〕3号" {
		t.Errorf("the register holds %q for the letter, want 3号", got)
	}
}

package model

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/lazyre"
)

// DocNoEntry is one line of the 发文字号 register (发文登记簿): a number of
// a 发文机关代字 and year, the document it went to, and whether it was
// issued or is held back. Numbers once written here never change and are
// never given to another document; build appends the numbers it assigns.
type DocNoEntry struct {
	DocNo    string     `yaml:"doc_no" json:"doc_no" title:"发文字号" description:"如：鄂学创办〔2013〕3号"`
	Title    string     `yaml:"title,omitempty" json:"title,omitempty" title:"文件标题"`
	Document string     `yaml:"document,omitempty" json:"document,omitempty" title:"文件" description:"数据中文件的 id，或生成的督办通知（督办通知:单位id:日期）"`
	Date     *time.Time `yaml:"date,omitempty" json:"date,omitempty" title:"登记日期" description:"YYYY-MM-DD"`
	State    string     `yaml:"state,omitempty" json:"state,omitempty" title:"状态" description:"已发 或 预留；不填为已发" enum:"已发,预留"`
}

// The states of a register line.
const (
	DocNoIssued   = "已发"
	DocNoReserved = "预留"
)

var reDocNoParts = lazyre.New(`^(.+)〔(\d{4})〕(\d+)号$`)

// SplitDocNo parses 鄂学创办〔2013〕3号 into its code, year and number.
func SplitDocNo(s string) (code string, year, n int, ok bool) {
	m := reDocNoParts.FindStringSubmatch(s)
	if m == nil {
		return "", 0, 0, false
	}
	year, _ = strconv.Atoi(m[2])
	n, err := strconv.Atoi(m[3])
	if err != nil {
		return "", 0, 0, false
	}
	return m[1], year, n, true
}

// Format of a document: 文件格式 (the red 发文机关标志 with 文件, a 发文字号
// above the red rule) or 信函格式 (the organ's full name, a red double
// rule with the 发文字号 under it).
const (
	FormatFile   = "文件"
	FormatLetter = "信函"
)

// RedHeader reports whether the document is printed under a red
// 发文机关标志 and so needs a 发文字号: the notices of every sort with an
// issuing organ.
func (d *Document) RedHeader() bool {
	return len(d.Organs) > 0 && d.Kind.isNotice()
}

// Letter reports whether the document says it uses the 信函格式.
func (d *Document) Letter() bool { return d.Format == FormatLetter }

// LetterKind reports whether the office sends documents of kind in the
// 信函格式 (Profile.Letters).
func (p *Profile) LetterKind(kind DocumentKind) bool {
	for _, k := range p.Letters {
		if k == kind {
			return true
		}
	}
	return false
}

// UsedDocNos maps every 发文字号 taken — in the register or on a document —
// to who has it (a document id, or the register line's document).
func (c *Campaign) UsedDocNos() map[string]string {
	used := map[string]string{}
	for _, e := range c.DocNos {
		used[e.DocNo] = e.Document
	}
	for _, d := range c.Documents {
		if d.DocNo != "" {
			if _, ok := used[d.DocNo]; !ok {
				used[d.DocNo] = d.ID
			}
		}
	}
	return used
}

// NextDocNo is the next free 发文字号 of code and year: one above the
// highest taken, so a number reserved or skipped is never reused.
func (c *Campaign) NextDocNo(code string, year int) string {
	top := 0
	for no := range c.UsedDocNos() {
		if cd, y, n, ok := SplitDocNo(no); ok && cd == code && y == year {
			top = max(top, n)
		}
	}
	return cn.DocNo(code, year, top+1)
}

// AssignDocNos gives every red-header document of the data that has no
// 发文字号 one: its register line's if the register has a line for it, else
// the next free number of its first organ's code and the year of its date
// (or of date, the build date, for an undated one). It sets the documents'
// DocNo and returns the register lines added, in document order, for the
// caller to record in the data file.
func (c *Campaign) AssignDocNos(date time.Time) []DocNoEntry {
	docNoMu.Lock()
	defer docNoMu.Unlock()
	byDoc := map[string]string{}
	// A line naming the document is its number, reserved (预留: given by
	// a build, not yet issued) or issued.
	for _, e := range c.DocNos {
		if e.Document != "" {
			byDoc[e.Document] = e.DocNo
		}
	}
	var added []DocNoEntry
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.DocNo != "" || !d.RedHeader() {
			continue
		}
		if no, ok := byDoc[d.ID]; ok {
			d.DocNo = no
			continue
		}
		o := c.OrganByID(d.Organs[0])
		if o == nil || o.DocPrefix == "" {
			continue
		}
		day := date
		if d.Date != nil {
			day = *d.Date
		}
		no := c.NextDocNo(o.DocPrefix, day.Year())
		// Reserved until the clerk issues the document (gongwen docnos
		// issue): a build drafts, it does not send.
		e := DocNoEntry{DocNo: no, Title: d.Title, Document: d.ID, Date: &day, State: DocNoReserved}
		c.DocNos = append(c.DocNos, e)
		added = append(added, e)
		d.DocNo = c.shown(no, o.DocPrefix, day.Year())
	}
	return added
}

// DocNoRegister groups the register by code and year, each in number
// order: what `gongwen docnos` lists.
func (c *Campaign) DocNoRegister() []DocNoBook {
	books := map[string]*DocNoBook{}
	var keys []string
	add := func(e DocNoEntry) {
		code, year, n, ok := SplitDocNo(e.DocNo)
		if !ok {
			return
		}
		k := fmt.Sprintf("%s|%d", code, year)
		b := books[k]
		if b == nil {
			b = &DocNoBook{Code: code, Year: year}
			books[k] = b
			keys = append(keys, k)
		}
		b.Lines = append(b.Lines, DocNoLine{N: n, DocNoEntry: e})
	}
	inRegister := map[string]bool{}
	for _, e := range c.DocNos {
		inRegister[e.DocNo] = true
		add(e)
	}
	for _, d := range c.Documents {
		if d.DocNo != "" && !inRegister[d.DocNo] {
			add(DocNoEntry{DocNo: d.DocNo, Title: d.Title, Document: d.ID, Date: d.Date, State: DocNoIssued})
		}
	}
	sort.Strings(keys)
	out := make([]DocNoBook, 0, len(keys))
	for _, k := range keys {
		b := books[k]
		sort.SliceStable(b.Lines, func(i, j int) bool { return b.Lines[i].N < b.Lines[j].N })
		out = append(out, *b)
	}
	return out
}

// DocNoBook is the register of one 发文机关代字 and year.
type DocNoBook struct {
	Code  string
	Year  int
	Lines []DocNoLine
}

// DocNoLine is a register line with its serial number.
type DocNoLine struct {
	N int
	DocNoEntry
}

// checkDocNos checks the register: numbers well formed and not twice, a
// known state, documents that exist, and a document's own 发文字号 the one
// the register gives it; and no two documents with one number.
func (k *checker) checkDocNos() {
	c := k.c
	seen := map[string]string{}
	for i, e := range c.DocNos {
		p := fmt.Sprintf("docnos[%d]", i)
		if e.DocNo == "" {
			k.add(p+".doc_no", "缺少发文字号 doc_no")
			continue
		}
		if err := cn.CheckDocNo(e.DocNo); err != nil {
			k.add(p+".doc_no", "%s", err.Error())
			continue
		}
		if prev, ok := seen[e.DocNo]; ok {
			k.add(p+".doc_no", "发文字号“%s”重复登记，已在 %s 登记；一个发文字号只能用一次", e.DocNo, prev)
			continue
		}
		seen[e.DocNo] = p
		if e.State != "" && e.State != DocNoIssued && e.State != DocNoReserved {
			k.add(p+".state", "状态“%s”无效，应为 已发 或 预留", e.State)
		}
		if e.Document != "" && !isGenerated(e.Document) {
			k.ref(p+".document", e.Document, &k.documents)
			if d := c.DocumentByID(e.Document); d != nil && d.DocNo != "" && d.DocNo != e.DocNo {
				k.add(p+".doc_no", "登记的发文字号“%s”与文件 %s 的 doc_no“%s”不一致", e.DocNo, e.Document, d.DocNo)
			}
		}
	}
	holder := map[string]string{}
	for i, d := range c.Documents {
		if d.DocNo == "" {
			continue
		}
		p := fmt.Sprintf("documents[%d].doc_no", i)
		if prev, ok := holder[d.DocNo]; ok {
			k.add(p, "发文字号“%s”已用于文件 %s；两份文件不能同号", d.DocNo, prev)
			continue
		}
		holder[d.DocNo] = d.ID
		if at, ok := seen[d.DocNo]; ok {
			for _, e := range c.DocNos {
				if e.DocNo == d.DocNo && e.Document != "" && e.Document != d.ID {
					k.add(p, "发文字号“%s”已在 %s 登记给 %s", d.DocNo, at, e.Document)
				}
			}
		}
	}
	for i, kd := range c.Profile.Letters {
		if !kd.Valid() {
			k.add(fmt.Sprintf("profile.letters[%d]", i), "文种“%s”无效，应为 %s", kd, kindList())
		}
	}
	for i, d := range c.Documents {
		if d.Format != "" && d.Format != FormatFile && d.Format != FormatLetter {
			k.add(fmt.Sprintf("documents[%d].format", i), "版式“%s”无效，应为 文件 或 信函", d.Format)
		}
	}
}

// isGenerated: a register line of a document build generates (督办通知:…).
func isGenerated(id string) bool { return strings.Contains(id, ":") }

// docNoMu guards c.DocNos while views of one build take numbers.
var docNoMu sync.Mutex

// DocNoFor is the 发文字号 of a document build generates (a 督办通知 to a
// unit on a day, a 会议通知 of a meeting), key naming it in the register
// (督办通知:xcb:2013-07-15): the register's number for key, else the next
// free number of d's first organ and the year of its date, registered
// under key (so build can record it and a rebuild finds it). "" when d has
// no organ with a code.
func (c *Campaign) DocNoFor(key string, d *Document) string {
	docNoMu.Lock()
	defer docNoMu.Unlock()
	for _, e := range c.DocNos {
		if e.Document == key {
			if c.drafted[e.DocNo] {
				code, year, _, _ := SplitDocNo(e.DocNo)
				return c.shown(e.DocNo, code, year)
			}
			return e.DocNo
		}
	}
	if len(d.Organs) == 0 || d.Date == nil {
		return ""
	}
	o := c.OrganByID(d.Organs[0])
	if o == nil || o.DocPrefix == "" {
		return ""
	}
	no := c.NextDocNo(o.DocPrefix, d.Date.Year())
	day := *d.Date
	c.DocNos = append(c.DocNos, DocNoEntry{DocNo: no, Title: d.Title, Document: key, Date: &day, State: DocNoReserved})
	return c.shown(no, o.DocPrefix, day.Year())
}

// DraftDocNos makes a trial build's numbering: a number the register does
// not hold yet is still taken in the register (so the documents of the
// build get different ones, and build can say what they would be), but
// the document shows it blank, 鄂学创办〔2013〕　　号, as a draft going to
// 核稿 does — a real-looking number on a trial would be mistaken for one
// given.
func (c *Campaign) DraftDocNos() {
	docNoMu.Lock()
	defer docNoMu.Unlock()
	c.draftNos = true
}

// shown is the number a document shows for a number just taken; a trial
// build remembers the numbers it took, so a document asking again gets
// the blank again.
func (c *Campaign) shown(no, code string, year int) string {
	if !c.draftNos {
		return no
	}
	if c.drafted == nil {
		c.drafted = map[string]bool{}
	}
	c.drafted[no] = true
	return cn.BlankDocNo(code, year)
}

// RegisteredDocNo is the number the register gives document id, issued
// or reserved for it, or "".
func (c *Campaign) RegisteredDocNo(id string) string {
	docNoMu.Lock()
	defer docNoMu.Unlock()
	for _, e := range c.DocNos {
		if e.Document == id && id != "" {
			return e.DocNo
		}
	}
	return ""
}

// OwnRegister returns a copy of c whose documents and register can take
// numbers (AssignDocNos, DocNoFor) without changing c. `serve` keeps one
// loaded campaign for many requests and plans it for several dates at
// once: numbering the shared campaign raced with the views other requests
// were reading, and a number taken for one date showed up in the
// documents of another.
func (c *Campaign) OwnRegister() *Campaign {
	docNoMu.Lock()
	defer docNoMu.Unlock()
	cc := *c
	cc.Documents = slices.Clone(c.Documents)
	cc.DocNos = slices.Clone(c.DocNos)
	return &cc
}

package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gongwen/internal/clients"
	"gongwen/internal/model"
)

func meetingCampaign() *model.Campaign {
	return &model.Campaign{Year: 2013, Profile: model.Profile{Fonts: model.Fonts{Body: "方正仿宋_GBK"}}}
}

func buildTo(t *testing.T, dir, name string, build func(w *bytes.Buffer) error) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := build(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

func TestSignIn(t *testing.T) {
	c := meetingCampaign()
	s := SignIn{Title: "领导小组办公室第二次主任会议签到表", When: "2013年6月27日（星期四）15:00", Place: "领导小组办公室会议室",
		Units: []string{"综合组", "宣传组", "督导组"}}
	dir := t.TempDir()
	path, data := buildTo(t, dir, "signin.xlsx", func(w *bytes.Buffer) error { return BuildSignIn(c, s, w) })
	var again bytes.Buffer
	if err := BuildSignIn(c, s, &again); err != nil || !bytes.Equal(again.Bytes(), data) {
		t.Errorf("not deterministic (err %v)", err)
	}
	sheets := clients.ReadXlsx(t, path)
	sh, ok := sheets[SignInSheet]
	if !ok {
		t.Fatalf("no sheet %s: %v", SignInSheet, sheets)
	}
	cell := func(r, c int) string {
		if r >= len(sh.Rows) || c >= len(sh.Rows[r]) || sh.Rows[r][c] == nil {
			return ""
		}
		return *sh.Rows[r][c]
	}
	if cell(0, 0) != s.Title || !strings.Contains(cell(1, 0), "领导小组办公室会议室") {
		t.Errorf("title rows: %q %q", cell(0, 0), cell(1, 0))
	}
	if got := []string{cell(2, 0), cell(2, 1), cell(2, 2), cell(2, 3), cell(2, 4)}; strings.Join(got, "|") != "序号|单位|姓名|职务|签名" {
		t.Errorf("header %v", got)
	}
	if cell(3, 1) != "综合组" || cell(5, 1) != "督导组" || cell(22, 0) != "20" {
		t.Errorf("rows: %q %q %q", cell(3, 1), cell(5, 1), cell(22, 0))
	}
	if sh.PrintTitleRows == nil || *sh.PrintTitleRows != "$3:$3" {
		t.Errorf("print titles %v", sh.PrintTitleRows)
	}
	if !strings.Contains(strings.Join(sh.Merged, " "), "A1:E1") {
		t.Errorf("merged %v", sh.Merged)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pl, err := f.GetPageLayout(SignInSheet)
	if err != nil || pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "portrait" {
		t.Errorf("page layout %+v %v", pl, err)
	}
	pdf := clients.ToPDF(t, path)
	text, pages := clients.PDFText(t, pdf)
	if pages != 1 || !strings.Contains(clients.Squash(text), "签名") {
		t.Errorf("LibreOffice: %d pages, text %q", pages, text)
	}
}

func TestSupervisionReplyRoundTrip(t *testing.T) {
	c := meetingCampaign()
	r := SupervisionReply{Title: "督办事项回复表（省委宣传部）", Note: "请于2013年7月18日前填写并报送领导小组办公室。",
		Contact: "联系人：王晓兰，电话：027-87231068",
		Tasks: []ReplyTask{
			{ID: "t1", Task: "制定各专项活动方案并报审", Due: "2013年3月10日", Delay: "逾期88个工作日", Status: model.InProgress},
			{ID: "t2", Task: "专题集中宣传报道", Due: "2013年7月17日", Delay: "剩余3个工作日", Status: model.NotStarted},
		}}
	dir := t.TempDir()
	path, data := buildTo(t, dir, "reply.xlsx", func(w *bytes.Buffer) error { return BuildSupervisionReply(c, r, w) })
	sheets := clients.ReadXlsx(t, path)
	sh := sheets[ReplySheet]
	// The unit's status list stops at 已完成: 已销号 is the office's mark.
	if len(sh.Validations) != 2 {
		t.Fatalf("validations %+v", sh.Validations)
	}
	if f1 := sh.Validations[0].Formula1 + sh.Validations[1].Formula1; !strings.Contains(f1, "已完成") || strings.Contains(f1, "已销号") {
		t.Errorf("validations %+v", sh.Validations)
	}
	if sh.PrintTitleRows == nil || *sh.PrintTitleRows != "$3:$3" {
		t.Errorf("print titles %v", sh.PrintTitleRows)
	}
	// Nothing filled in: no changes but the statuses already there.
	ups, err := ReadReturned("reply.xlsx", data, 2013)
	if err != nil || len(ups) != 2 || *ups[0].Status != model.InProgress {
		t.Fatalf("blank reply: %v %v", ups, err)
	}
	// The unit fills in row 4: done on 16 July, with a note.
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue(ReplySheet, "E4", "已完成")
	f.SetCellValue(ReplySheet, "F4", "2013年7月16日")
	f.SetCellValue(ReplySheet, "G4", "方案已报审，7月16日印发。")
	f.SetCellValue(ReplySheet, "E5", "完成了")
	var filled bytes.Buffer
	f.Write(&filled)
	f.Close()
	_, err = ReadReturned("reply.xlsx", filled.Bytes(), 2013)
	if err == nil || !strings.Contains(err.Error(), "E5") {
		t.Fatalf("a bad status is not reported with its cell: %v", err)
	}
	f, _ = excelize.OpenReader(bytes.NewReader(filled.Bytes()))
	f.SetCellValue(ReplySheet, "E5", "推进中")
	filled.Reset()
	f.Write(&filled)
	f.Close()
	ups, err = ReadReturned("reply.xlsx", filled.Bytes(), 2013)
	if err != nil {
		t.Fatal(err)
	}
	u := ups[0]
	if u.TaskID != "t1" || *u.Status != model.Done || u.DoneOn.Format("2006-01-02") != "2013-07-16" || *u.Notes != "方案已报审，7月16日印发。" {
		t.Errorf("update %+v", u)
	}
	clients.ToPDF(t, path)
}

func TestReceiptRoundTrip(t *testing.T) {
	c := meetingCampaign()
	r := ReceiptForm{MeetingID: "zrhy-2013-09-16", Title: "领导小组办公室主任会议参会回执", Note: "请于2013年9月12日前报综合组。",
		Units: []string{"综合组", "宣传组"}}
	dir := t.TempDir()
	path, data := buildTo(t, dir, "receipt.xlsx", func(w *bytes.Buffer) error { return BuildReceipt(c, r, w) })
	if es, err := ReadReceipt("receipt.xlsx", data); err != nil || len(es) != 0 {
		t.Fatalf("blank receipt: %v %v", es, err)
	}
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	f.SetCellValue(ReceiptSheet, "B4", "王晓兰")
	f.SetCellValue(ReceiptSheet, "C4", "副组长")
	f.SetCellValue(ReceiptSheet, "D4", "027-87231068")
	f.SetCellValue(ReceiptSheet, "B5", "李明")
	var filled bytes.Buffer
	f.Write(&filled)
	es, err := ReadReceipt("receipt.xlsx", filled.Bytes())
	if err != nil || len(es) != 2 || es[0].Unit != "综合组" || es[0].Position != "副组长" || es[1].Name != "李明" || es[0].MeetingID != r.MeetingID {
		t.Fatalf("entries %+v %v", es, err)
	}
	if es[0].Where != ReceiptSheet+"!A4" {
		t.Errorf("where %s", es[0].Where)
	}
	// A row whose hidden id was cleared is reported, not guessed.
	f.SetCellValue(ReceiptSheet, "F5", "")
	filled.Reset()
	f.Write(&filled)
	f.Close()
	if _, err := ReadReceipt("receipt.xlsx", filled.Bytes()); err == nil || !strings.Contains(err.Error(), "F5") {
		t.Errorf("cleared id: %v", err)
	}
	// Altered receipts are refused, naming what is missing, never read as
	// "nobody replied".
	for _, tc := range []struct {
		name, want string
		edit       func(f *excelize.File)
	}{
		{"name header renamed", "缺少“姓名”列", func(f *excelize.File) { f.SetCellValue(ReceiptSheet, "B3", "参会人员姓名") }},
		{"name column deleted", "缺少“姓名”列", func(f *excelize.File) { f.RemoveCol(ReceiptSheet, "B") }},
		{"phone without a name", "参会回执!B5: 此行填写了职务、电话或备注，但没有姓名", func(f *excelize.File) {
			f.SetCellValue(ReceiptSheet, "B5", "")
			f.SetCellValue(ReceiptSheet, "D5", "027-1")
		}},
		{"name twice", "表头“姓名”出现两次", func(f *excelize.File) { f.SetCellValue(ReceiptSheet, "G3", "姓名") }},
		{"id column deleted", "没有找到“会议标识”列", func(f *excelize.File) { f.RemoveCol(ReceiptSheet, "F") }},
	} {
		g, _ := excelize.OpenReader(bytes.NewReader(data))
		g.SetCellValue(ReceiptSheet, "B4", "王晓兰")
		tc.edit(g)
		var b bytes.Buffer
		g.Write(&b)
		g.Close()
		if _, err := ReadReceipt("receipt.xlsx", b.Bytes()); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	// Not a receipt.
	var other bytes.Buffer
	BuildSignIn(c, SignIn{Title: "x"}, &other)
	if _, err := ReadReceipt("signin.xlsx", other.Bytes()); err == nil {
		t.Error("a sign-in sheet read as a receipt")
	}
	clients.ReadXlsx(t, path)
}

// FuzzReadReceipt feeds returned receipts, mutated, to ReadReceipt:
// errors, never panics.
func FuzzReadReceipt(f *testing.F) {
	var b bytes.Buffer
	if err := BuildReceipt(nil, ReceiptForm{MeetingID: "m", Title: "回执", Units: []string{"综合组"}}, &b); err != nil {
		f.Fatal(err)
	}
	filled, err := SetCells(b.Bytes(), map[string]any{ReceiptSheet + "!B4": "王晓兰"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add(filled)
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := ReadReceipt("f.xlsx", data)
		if err == nil {
			for _, e := range es {
				if e.Name == "" || e.MeetingID == "" {
					t.Fatalf("entry without name or id: %+v", e)
				}
			}
		}
	})
}

// The decisions sheet joins the weekly list without touching its task
// rows: the returned-list reader reads the same task rows before and after,
// and one more row for the decision, keyed by its hidden 议定事项标识.
func TestAddDecisions(t *testing.T) {
	c := campaign()
	var b bytes.Buffer
	if err := Build(Weekly, c, buildDate, &b); err != nil {
		t.Fatal(err)
	}
	same, err := AddDecisions(c, b.Bytes(), "第8周", nil)
	if err != nil || !bytes.Equal(same, b.Bytes()) {
		t.Fatalf("no rows changed the workbook (err %v)", err)
	}
	done := time.Date(2013, 3, 19, 0, 0, 0, 0, time.UTC)
	rows := []DecisionRow{
		{Key: "bgs-1-jy1", Text: "以领导小组名义下发通知。", Owner: "综合组", Due: "2013年3月20日", Meeting: "领导小组办公室第一次主任会议（2013年3月13日）",
			Status: model.Done, DoneOn: &done, Notes: "已印发"},
		{Key: "bgs-1-jy3", Text: "抓紧报送。", Owner: "发改委", Due: "2013年3月1日", Meeting: "领导小组办公室第一次主任会议（2013年3月13日）", Overdue: true},
	}
	out, err := AddDecisions(c, b.Bytes(), "2013年第8周（2月18日—2月24日）", rows)
	if err != nil {
		t.Fatal(err)
	}
	// One pair of brackets in the title, as Chinese usage has it.
	tf, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if title, _ := tf.GetCellValue(DecisionSheet, "A1"); title != "会议议定事项（2013年第8周，2月18日—2月24日）" {
		t.Errorf("title %q", title)
	}
	before, err := ReadReturned("a.xlsx", b.Bytes(), 2013)
	if err != nil {
		t.Fatal(err)
	}
	after, err := ReadReturned("b.xlsx", out, 2013)
	if err != nil {
		t.Fatal(err)
	}
	if len(before)+2 != len(after) {
		t.Fatalf("%d rows read before, %d after", len(before), len(after))
	}
	for i := range before {
		if after[i].TaskID != before[i].TaskID || after[i].Decision {
			t.Errorf("task row %d: %+v, was %+v", i, after[i], before[i])
		}
	}
	d := after[len(before)]
	if !d.Decision || d.TaskID != "bgs-1-jy1" || d.Where != DecisionSheet+"!I4" || d.Status == nil || *d.Status != model.Done ||
		d.DoneOn == nil || !d.DoneOn.Equal(done) || d.Notes == nil || *d.Notes != "已印发" || d.StatusCell != DecisionSheet+"!F4" {
		t.Errorf("decision row: %+v", d)
	}
	// An empty status reads as the 未启动 the sheet fills in.
	if d := after[len(before)+1]; d.TaskID != "bgs-1-jy3" || d.Status == nil || *d.Status != model.NotStarted || d.DoneOn != nil || d.Notes != nil {
		t.Errorf("second decision row: %+v", d)
	}
	path := filepath.Join(t.TempDir(), "weekly.xlsx")
	os.WriteFile(path, out, 0o644)
	sheets := clients.ReadXlsx(t, path)
	ds, ok := sheets[DecisionSheet]
	if !ok || len(ds.Rows) < 4 || ds.Rows[3][1] == nil || *ds.Rows[3][1] != rows[0].Text {
		t.Fatalf("decision sheet: %+v", ds)
	}
	if len(ds.Validations) < 2 {
		t.Errorf("decision sheet validations: %+v", ds.Validations)
	}
	if w := sheets[WeeklySheet]; len(w.Validations) == 0 {
		t.Error("the weekly sheet lost its status list")
	}
	// A row whose key was deleted is reported, not guessed.
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	must(t, f.SetCellValue(DecisionSheet, "I5", ""))
	var broken bytes.Buffer
	must(t, f.Write(&broken))
	if _, err := ReadReturned("c.xlsx", broken.Bytes(), 2013); err == nil || !strings.Contains(err.Error(), "会议议定事项!I5") || !strings.Contains(err.Error(), "议定事项标识") {
		t.Errorf("deleted key: %v", err)
	}
}

// The 完成日期 cells of the reply form and the decisions sheet refuse what
// is not a date with a message whose example is in the programme's year,
// written as a clerk types it — not an ISO date of the default data's year.
func TestDateHintFollowsYear(t *testing.T) {
	c := campaign()
	c.Year = 2023
	var reply bytes.Buffer
	if err := BuildSupervisionReply(c, SupervisionReply{Title: "督办事项回复表（商务局）", Tasks: []ReplyTask{
		{ID: "t1", Task: "制定方案", Due: "2023年3月10日", Delay: "逾期3个工作日", Status: model.InProgress}}}, &reply); err != nil {
		t.Fatal(err)
	}
	var weekly bytes.Buffer
	if err := Build(Weekly, c, buildDate, &weekly); err != nil {
		t.Fatal(err)
	}
	decided, err := AddDecisions(c, weekly.Bytes(), "第8周", []DecisionRow{{Key: "m-jy1", Text: "报送材料。", Owner: "综合组", Due: "2023年3月1日", Meeting: "例会"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, sheet string
		book        []byte
	}{{"reply", ReplySheet, reply.Bytes()}, {"decisions", DecisionSheet, decided}} {
		f, err := excelize.OpenReader(bytes.NewReader(tc.book))
		if err != nil {
			t.Fatal(err)
		}
		dvs, err := f.GetDataValidations(tc.sheet)
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, dv := range dvs {
			if dv.Type == "date" && dv.Error != nil {
				msgs = append(msgs, *dv.Error)
			}
		}
		if len(msgs) != 1 || msgs[0] != "请填写日期，如 2023/7/16（2023年7月16日）" {
			t.Errorf("%s: date messages %q, want one with 2023/7/16", tc.name, msgs)
		}
	}
	if got := dateHint(&model.Campaign{}); strings.Contains(got, "如") {
		t.Errorf("no year: %q gives an example of no particular year", got)
	}
}

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// closingCase is a notice built from inline data and read back from
// LibreOffice's PDF: what page 1 and page 2 must show.
type closingCase struct {
	name  string
	data  string   // the data file; the manifest builds its notices
	page1 []string // texts on page 1 (squashed)
	body  string   // the body: page 2 starts with its last lines, if page2 is set
	page2 []string // texts on page 2 in this order, after the body's (squashed)
}

// jointData is 石景山's joint notice (区委办 and 区政府办, QA s9): two mark
// rows, a four-line title and two lines of 主送 leave page 1 no room for
// the signature under a body of two lines or more.
const jointData = `name: 石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案
year: 2019
region: 石景山区
organiser: 区委、区政府
profile:
  seal: true
  organs:
    - {id: qwb, name: 中共北京市石景山区委办公室, short: 区委办, mark: 中共北京市石景山区委办公室, doc_prefix: 石办发}
    - {id: qzfb, name: 北京市石景山区人民政府办公室, short: 区政府办, mark: 北京市石景山区人民政府办公室, doc_prefix: 石政办发}
units:
  - {id: zzb, name: 区委组织部}
tasks:
  - {id: t1, title: 完善街道党工委对地区治理重大工作的领导体制机制, lead: [zzb]}
division:
  layout: 列表
documents:
  - id: tz
    kind: KIND
    organs: [qwb, qzfb]
    title: TITLE
    recipients: [各街道工委、办事处，区委各部委办，区政府各委、办、局，各区属机构]
    opening: OPENING
    attachments:
      - {title: 石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案, source: division}
    date: 2019-04-16
`

// jingyangData is 旌阳's notice (QA s10) with a body of one line: the
// data's closing 「特此通知」 is kept with the signature.
const jingyangData = `name: 旌阳区2016年度经济社会发展目标任务
year: 2016
region: 旌阳区
organiser: 区政府
profile:
  seal: true
  organs:
    - {id: jyq, name: 德阳市旌阳区人民政府, short: 区政府, mark: 德阳市旌阳区人民政府, doc_prefix: 旌府发}
units:
  - {id: fgj, name: 区发改局}
tasks:
  - {id: m1, title: 地区生产总值增长率, text: 年终根据全省平均水平综合考核, units: [fgj]}
division:
  layout: 表格
  columns: [指标, 目标任务, 监考单位]
documents:
  - id: xdtz
    kind: 通知
    organs: [jyq]
    title: 德阳市旌阳区人民政府关于下达全区2016年度经济社会发展目标任务的通知
    recipients: [各乡镇人民政府，区级各有关部门]
    opening: 现将全区2016年度经济社会发展目标任务下达你们，请认真完成。
    closing: 特此通知
    attachments:
      - title: 旌阳区2016年度经济社会发展任务分解表
        source: division
    date: 2016-08-18
`

// TestClosingWithBodyInLibreOffice builds notices whose closing does not
// fit under the body at the grid's pitch and reads where LibreOffice puts
// it (GB/T 9704 7.3.5: the signature and date never on a page without
// body text; page 1 set tighter where that holds them):
//   - 旌阳 with a one-line body and 「特此通知」: page 1 set tighter holds
//     特此通知, the 附件说明, the signature and the date — they went to
//     page 2 with page 1 a fifth empty, page 1 never tried tighter because
//     the body's last paragraph was kept with the signature;
//   - 石景山's joint notice with a body of two lines: one line stays on
//     page 1, the other goes to page 2 above the signature (the cut needed
//     three lines; the signature and date stood alone on page 2);
//   - the same as a 通知 with an 附件说明 under a body of three lines: the
//     last two lines go to page 2 above the 附件说明 (the cut was not made
//     with an 附件说明; 附件说明, signature and date stood alone there).
func TestClosingWithBodyInLibreOffice(t *testing.T) {
	clients.RequireLibreOffice(t)
	twoLines := "经区委、区政府同意，现将《石景山区贯彻落实〈关于加强新时代街道工作的意见〉的任务分解方案》印发给你们。"
	threeLines := "经区委、区政府同意，现将石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案随文附上，请各单位对照任务分工，认真组织实施，按时报送落实情况。"
	joint := func(kind, title, opening string) string {
		return strings.NewReplacer("KIND", kind, "TITLE", title, "OPENING", opening).Replace(jointData)
	}
	cases := []closingCase{
		{name: "jingyang", data: jingyangData,
			page1: []string{"请认真完成。", "特此通知", "附件：旌阳区2016年度经济社会发展任务分解表", "德阳市旌阳区人民政府", "2016年8月18日"}},
		{name: "joint-two-lines", data: joint("印发通知",
			"中共北京市石景山区委办公室 北京市石景山区人民政府办公室印发《石景山区贯彻落实〈关于加强新时代街道工作的意见〉的任务分解方案》的通知", twoLines),
			page1: []string{"经区委、区政府同意"}, body: twoLines, page2: []string{"中共北京市石景山区委办公室", "2019年4月16日"}},
		{name: "joint-note", data: joint("通知",
			"中共北京市石景山区委办公室 北京市石景山区人民政府办公室关于落实《关于加强新时代街道工作的意见》有关任务的通知", threeLines),
			page1: []string{"经区委、区政府同意"}, body: threeLines, page2: []string{"附件：", "中共北京市石景山区委办公室", "2019年4月16日"}},
	}
	var docs []string
	for _, c := range cases {
		dir := filepath.Join(t.TempDir(), c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		manifest := filepath.Join(dir, "gongwen.yaml")
		write := func(name, s string) {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("d.yaml", c.data)
		write("gongwen.yaml", "data: d.yaml\nout: out\noutputs: [notice, issue-notice]\n")
		code, _, stderr := gongwen(t, "build", "-f", manifest, "--draft")
		if code != 0 {
			t.Fatalf("%s: build exits %d:\n%s", c.name, code, stderr)
		}
		if strings.Contains(stderr, "没有正文") {
			t.Errorf("%s: build says the closing stands alone:\n%s", c.name, stderr)
		}
		got, _ := filepath.Glob(filepath.Join(dir, "out", "*通知.docx"))
		if len(got) != 1 {
			t.Fatalf("%s: %d notices built, want 1", c.name, len(got))
		}
		// One soffice run for all: the names must differ.
		named := filepath.Join(filepath.Dir(got[0]), c.name+".docx")
		if err := os.Rename(got[0], named); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, named)
	}
	for i, pdf := range clients.ToPDFs(t, docs...) {
		c := cases[i]
		text, _ := clients.PDFText(t, pdf)
		pages := strings.Split(text, "\f")
		if len(pages) < 2 {
			t.Fatalf("%s: %d pages", c.name, len(pages))
		}
		p1, p2 := clients.Squash(pages[0]), clients.Squash(pages[1])
		for _, s := range c.page1 {
			if !strings.Contains(p1, s) {
				t.Errorf("%s: page 1 lacks %q:\n%s", c.name, s, pages[0])
			}
		}
		if len(c.page2) == 0 {
			continue
		}
		// Page 2 begins with the body's last lines, then the closing.
		if i := strings.Index(p2, c.page2[0]); i <= 0 || !strings.HasSuffix(c.body, p2[:i]) {
			t.Errorf("%s: page 2 does not begin with the body's end before %q:\n%s", c.name, c.page2[0], pages[1])
		}
		at := 0
		for _, s := range c.page2 {
			i := strings.Index(p2[at:], s)
			if i < 0 {
				t.Errorf("%s: page 2 lacks %q after %q:\n%s", c.name, s, p2[:at], pages[1])
				break
			}
			at += i + len(s)
		}
	}
}

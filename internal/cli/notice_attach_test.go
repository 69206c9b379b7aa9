package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// listedAttachments holds two 印发通知 as published (QA session 8):
// 沁县 2025, which lists the three documents it issues as 附件 (「附件：1.
// 2025年县《政府工作报告》任务清单 2.… 3.…」, 「附件1」 over the first), and
// 洪政办〔2025〕1号, which issues a 方案 that is not an attachment and
// attaches two forms its body refers to (「（填写附件1）」「（填写附件2）」).
const listedAttachments = `name: 2025年县政府工作报告任务清单
year: 2025
profile:
  seal: true
  organs:
    - {id: xzfb, name: 沁县人民政府办公室, short: 县政府办公室, doc_prefix: 沁政办发}
    - {id: bgs, name: 武汉市洪山区人民政府办公室, short: 区政府办公室, doc_prefix: 洪政办}
units:
  - {id: sfq, name: 县示范区管委会}
categories:
  - {id: sfq, name: 县示范区管委会牵头工作（8项）}
tasks:
  - {id: dx, title: 投资3000万元建设南美白对虾工厂化循环水养殖基地。, category: sfq}
  - {id: syj, title: 打造食用菌酵素生产基地。, category: sfq}
  - {id: cyy, title: 建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产，培育服装加工产业园，推动天欣纸业环保包装等项目达产达效。, category: sfq}
division:
  layout: 列表
  numbering: [一、, 1.]
documents:
  - id: yf
    kind: 印发通知
    organs: [xzfb]
    doc_no: 沁政办发〔2025〕1号
    title: 沁县人民政府办公室关于印发2025年县《政府工作报告》任务分解等的通知
    recipients: [县示范区管委会，各乡、镇人民政府，县直各有关单位]
    opening: 经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》印发给你们。请各单位认真对照，迅速行动，抓好落实。
    sections:
      - heading: 责任到人，闭环管理。
        run_in: true
        paragraphs: [各责任单位需严格对照任务清单，逐项细化职责，制定实施方案，明确责任人与工作标准，构建起从任务分解到成果验收的全流程责任体系。]
      - heading: 节点管控，动态调度。
        run_in: true
        paragraphs: [各单位要紧盯目标任务、关键指标、序时进度，加强调度运行，强化分析研判，解决困难问题。]
    attachments:
      - {title: 2025年县《政府工作报告》任务清单, source: qd, listed: true}
      - {title: 2025年十五件民盼实事任务分解, listed: true}
      - {title: 2025年县政府重点工作备忘录任务分解, listed: true}
    date: 2025-05-18
    note: 此件公开发布
  - id: qd
    kind: 责任分工
    title: 2025年县政府工作报告任务清单
    date: 2025-05-18
  - id: hs
    kind: 印发通知
    organs: [bgs]
    doc_no: 洪政办〔2025〕1号
    title: 区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知
    recipients: [各街道办事处、乡人民政府，区人民政府各部门，各有关单位]
    opening: 《2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下，请一并贯彻执行。
    sections:
      - heading: 加强组织领导。
        run_in: true
        paragraphs: [各责任单位要高度重视，认真落实单位“一把手”负总责的要求，明确专门业务部门和具体责任人，做到压实责任、层层抓落实。]
      - heading: 按时报告情况。
        run_in: true
        paragraphs: [各责任事项牵头单位于2025年1月20日前将全年办理工作方案书面报区政府督查室（填写附件1），于2025年4月8日、7月8日、10月8日及12月8日前将完成情况报送至区政府督查室（填写附件2）。]
    attachments:
      - {title: 2025年区《政府工作报告》确定的主要目标任务责任分解方案}
      - {title: 办理工作方案, listed: true}
      - {title: 完成情况表, listed: true}
    date: 2025-01-06
`

// An 印发通知 whose data lists attachments (listed: true) prints the
// 附件说明 under its body and 「附件1」… over their pages, numbered among
// the listed ones (GB/T 9704 7.3.4, 7.3.7); what it issues without
// listed keeps no label. python-docx reads the paragraphs and their
// styles, LibreOffice's PDF the pages, and lint --pages passes.
func TestIssueNoticeListedAttachments(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	clients.RequirePython(t, "docx")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "qinxian.yaml"), []byte(listedAttachments), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "data: qinxian.yaml\nout: out\ndate: 2025-05-18\noutputs: [issue-notice]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out"))
	if code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(errOut, "正文提到“附件") {
		t.Errorf("build warns of a dangling 附件 reference although the data lists the attachments:\n%s", errOut)
	}
	tests := []struct {
		file   string
		notes  []string // 附件说明 lines as python-docx reads them
		labels []string // 附件标识 paragraphs, in order
		pages  []string // label+title that begin an attachment page in the PDF
		bare   string   // an issued document's title that begins a page with no label
	}{
		{
			file: "沁县人民政府办公室关于印发2025年县《政府工作报告》任务分解等的通知.docx",
			notes: []string{"附件：1.2025年县《政府工作报告》任务清单", "\u3000\u3000\u30002.2025年十五件民盼实事任务分解",
				"\u3000\u3000\u30003.2025年县政府重点工作备忘录任务分解"},
			labels: []string{"附件1", "附件2", "附件3"},
			pages: []string{"附件12025年县《政府工作报告》任务清单一、县示范区管委会牵头工作", "附件22025年十五件民盼实事任务分解",
				"附件32025年县政府重点工作备忘录任务分解"},
		},
		{
			file:   "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知.docx",
			notes:  []string{"附件：1.办理工作方案", "\u3000\u3000\u30002.完成情况表"},
			labels: []string{"附件1", "附件2"},
			pages:  []string{"附件1办理工作方案", "附件2完成情况表"},
			bare:   "2025年区《政府工作报告》确定的主要目标任务责任分解方案",
		},
	}
	var paths []string
	for _, tt := range tests {
		paths = append(paths, filepath.Join(dir, "out", tt.file))
	}
	pdfs := clients.ToPDFs(t, paths...)
	for i, tt := range tests {
		var notes, labels []string
		for _, p := range paragraphStyles(t, paths[i]) {
			switch {
			case strings.HasPrefix(p.Style, "附件说明"):
				notes = append(notes, p.Text)
			case p.Style == "附件标识" && p.Text != "":
				labels = append(labels, p.Text)
			}
		}
		if !slices.Equal(notes, tt.notes) {
			t.Errorf("%s: 附件说明 %q, want %q", tt.file, notes, tt.notes)
		}
		if !slices.Equal(labels, tt.labels) {
			t.Errorf("%s: 附件标识 %q, want %q", tt.file, labels, tt.labels)
		}
		text, _ := clients.PDFText(t, pdfs[i])
		pages := strings.Split(text, "\f")
		if page1 := clients.Squash(pages[0]); !strings.Contains(page1, "印发给你们") {
			t.Errorf("%s: page 1 lacks the body:\n%s", tt.file, page1)
		}
		// The 附件说明, all its lines, on the notice's closing page,
		// before the signature.
		var closing string
		for _, p := range pages {
			if s := clients.Squash(p); strings.Contains(s, clients.Squash(tt.notes[0])) {
				closing = s
				break
			}
		}
		want := clients.Squash(strings.Join(tt.notes, ""))
		if i := strings.Index(closing, want); i < 0 || !strings.Contains(closing[i:], "人民政府办公室") {
			t.Errorf("%s: no page holds the 附件说明 %q followed by the signature:\n%s", tt.file, want, text)
		}
		starts := func(prefix string) bool {
			for _, p := range pages[1:] {
				if strings.HasPrefix(clients.Squash(p), prefix) {
					return true
				}
			}
			return false
		}
		for _, want := range tt.pages {
			if !starts(want) {
				t.Errorf("%s: no page begins with %q", tt.file, want)
			}
		}
		if tt.bare != "" && !starts(tt.bare) {
			t.Errorf("%s: no page begins with the issued document %q without a label", tt.file, tt.bare)
		}
		if code, out, errOut := run("lint", "--pages", paths[i]); code != 0 {
			t.Errorf("%s: lint --pages exit %d\n%s%s", tt.file, code, out, errOut)
		}
	}
}

// oneSentence is QA's p1test: the 沁县 notice as a 通知 of one sentence
// with a three-line 附件说明, whose closing page 1 cannot take even set
// tighter; OPENING is the sentence.
const oneSentence = `name: 2025年县政府工作报告任务清单
year: 2025
profile:
  seal: true
  organs:
    - {id: xzfb, name: 沁县人民政府办公室, short: 县政府办公室, doc_prefix: 沁政办发}
documents:
  - id: yf
    kind: 通知
    organs: [xzfb]
    doc_no: 沁政办发〔2025〕1号
    title: 沁县人民政府办公室关于印发2025年县《政府工作报告》任务分解等的通知
    recipients: [县示范区管委会，各乡、镇人民政府，县直各有关单位]
    opening: OPENING
    attachments:
      - {title: 2025年县《政府工作报告》任务清单}
      - {title: 2025年十五件民盼实事任务分解}
      - {title: 2025年县政府重点工作备忘录任务分解}
    date: 2025-05-18
    note: 此件公开发布
`

// A notice whose 附件说明, signature and date page 1 cannot take, even set
// at the tightest pitch, under a body of one line is named by build (QA
// #2b), and LibreOffice's layout bears the estimate out: lint --pages finds
// page 2 with the closing alone. A body of more lines is cut at a line's
// end, its last lines going on to page 2 above the 附件说明 (QA's p1test:
// one sentence of three lines, three attachments — named, with the
// closing alone on page 2, until the cut took an 附件说明 along); written
// in two paragraphs as the hint suggests, the last goes along with the
// closing. Neither is named, and lint --pages passes both.
func TestLoneClosingHint(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	const short = "沁县人民政府办公室关于印发2025年县《政府工作报告》任务分解等的通知"
	const long = "沁县人民政府办公室关于印发2025年县《政府工作报告》任务清单、2025年十五件民盼实事任务分解和2025年县政府重点工作备忘录任务分解的通知"
	tests := []struct {
		name, title, opening string
		lone                 bool
	}{
		{"one line, a four-line title", long, "现将三个任务分解印发给你们，请认真落实。", true},
		{"one sentence", short, "经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》印发给你们。请各单位认真对照，迅速行动，抓好落实。", false},
		{"two paragraphs", short, "|\n      经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》印发给你们。\n      请各单位认真对照，迅速行动，抓好落实。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			dir := t.TempDir()
			data := strings.Replace(strings.Replace(oneSentence, "OPENING", tt.opening, 1), "title: "+short, "title: "+title, 1)
			if err := os.WriteFile(filepath.Join(dir, "p1.yaml"), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			manifest := "data: p1.yaml\nout: out\ndate: 2025-05-18\noutputs: [notice]\n"
			if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out"))
			if code != 0 {
				t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
			}
			hint := "提示：通知《" + title + "》：按内置版式估计，第1页在正文之后放不下附件说明、署名和成文日期"
			if got := strings.Contains(errOut, hint); got != tt.lone {
				t.Errorf("build says %v of the lone closing, want %v:\n%s", got, tt.lone, errOut)
			}
			code, out, errOut = run("lint", "--pages", filepath.Join(dir, "out", title+".docx"))
			if lone := code != 0 && strings.Contains(out+errOut, "第2页只有附件说明、署名和成文日期"); lone != tt.lone {
				t.Errorf("lint --pages: exit %d, closing alone %v, want %v\n%s%s", code, lone, tt.lone, out, errOut)
			}
		})
	}
}

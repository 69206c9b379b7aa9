package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// noticeBody is modelled on the 蔡甸 印发 notice of QA finding 4 (蔡政办〔2023〕1号):
// three whole paragraphs numbered 一、二、三、 under a three-line opening,
// and, in the second notice, run-in first-level headings as the 2026 蔡甸
// notice writes them.
const noticeBody = `name: 2023年区《政府工作报告》确定的主要目标任务责任分解方案
year: 2023
profile:
  seal: true
  organs:
    - {id: qzfb, name: 蔡甸区人民政府办公室, short: 区人民政府办公室, mark: 武汉市蔡甸区人民政府办公室, doc_prefix: 蔡政办}
units:
  - {id: fgj, name: 区发展和改革局}
tasks:
  - {id: gdp, title: 地区生产总值增长7%以上, units: [fgj]}
documents:
  - id: yf
    kind: 印发通知
    organs: [qzfb]
    doc_no: 蔡政办〔2023〕1号
    title: 区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知
    recipients: [各街道办事处、乡人民政府，区人民政府各部门、各直属机构]
    opening: 2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们，并就有关事项通知如下：
    sections:
      - paragraphs: [各责任单位要高度重视，切实加强领导，对照2023年区《政府工作报告》确定的目标任务，制订工作方案，明确责任，明确措施，明确时间节点，狠抓落实，并于2023年1月15日前将工作方案报区人民政府办公室。]
      - paragraphs: [区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务，纳入绩效管理考核范围，细化考核内容，加强过程考核，确保各项工作落到实处。]
      - paragraphs: [从2023年第一季度开始，各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室，区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。]
    attachments:
      - {title: 2023年区《政府工作报告》确定的主要目标任务责任分解方案, source: division}
    signature: [蔡甸区人民政府办公室]
    date: 2023-01-03
  - id: yf2
    kind: 印发通知
    organs: [qzfb]
    doc_no: 蔡政办〔2023〕2号
    title: 区人民政府办公室关于印发2023年区《政府工作报告》目标任务责任分解方案的通知
    recipients: [各街道办事处、乡人民政府，区人民政府各部门、各直属机构]
    opening: 《2023年区〈政府工作报告〉目标任务责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下，请一并贯彻执行。
    heading_end: 无
    sections:
      - heading: 提高责任意识，科学制订办理方案。
        run_in: true
        paragraphs: [各责任单位（包括牵头单位、责任单位，下同）要高度重视目标任务的推进与落实，对照区《政府工作报告》确定的目标任务逐项研究，细化工作任务，明确具体措施、完成时限、分管负责人，实行清单管理，形成工作闭环。]
      - heading: 加强沟通协作，全力推进工作落实。
        run_in: true
        paragraphs: [各责任单位要树“一盘棋”思想，加强横向沟通和纵向联动，牵头单位要主动协调，责任单位要积极配合，形成工作合力。]
      - heading: 强化督查考核，确保任务落地见效。
        run_in: true
        paragraphs: [区人民政府办公室将对目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。]
    attachments:
      - {title: 2023年区《政府工作报告》目标任务责任分解方案, source: division}
    signature: [蔡甸区人民政府办公室]
    date: 2023-01-04
`

// Numbered notice paragraphs are body text and the body starts on page 1:
// LibreOffice's PDF shows the opening and the first lines of 一、 on page 1,
// python-docx shows the numbered paragraphs in the body style (run-in
// headings in 一级标题 with 与下段同页 turned off), and lint --pages passes.
func TestNoticeBodyOnPageOne(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	clients.RequirePython(t, "docx")
	dir := t.TempDir()
	data := filepath.Join(dir, "caidian.yaml")
	if err := os.WriteFile(data, []byte(noticeBody), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "data: caidian.yaml\nout: out\ndate: 2023-01-03\noutputs: [issue-notice]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	files := map[string]string{
		"一、各责任单位要高度重视": "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知.docx",
		"一、提高责任意识":     "区人民政府办公室关于印发2023年区《政府工作报告》目标任务责任分解方案的通知.docx",
	}
	for first, name := range files {
		path := filepath.Join(dir, "out", name)
		var numbered int
		for _, p := range paragraphStyles(t, path) {
			switch {
			case strings.HasPrefix(p.Text, "一、各责任单位"), strings.HasPrefix(p.Text, "二、区绩效"), strings.HasPrefix(p.Text, "三、从2023年"):
				numbered++
				if p.Style != "公文正文" {
					t.Errorf("%s: %q in style %q, want 公文正文", name, string([]rune(p.Text)[:6]), p.Style)
				}
			case strings.HasPrefix(p.Text, "一、提高"), strings.HasPrefix(p.Text, "二、加强"), strings.HasPrefix(p.Text, "三、强化"):
				numbered++
				if p.Style != "一级标题" {
					t.Errorf("%s: run-in heading %q in style %q, want 一级标题", name, string([]rune(p.Text)[:6]), p.Style)
				}
				if !strings.Contains(p.Text, "。各责任单位") && !strings.Contains(p.Text, "。区人民政府") {
					t.Errorf("%s: run-in heading and text not in one paragraph: %q", name, p.Text)
				}
			}
		}
		if numbered != 3 {
			t.Errorf("%s: %d numbered paragraphs, want 3", name, numbered)
		}
		text, _ := clients.PDFText(t, clients.ToPDF(t, path))
		page1 := clients.Squash(strings.Split(text, "\f")[0])
		for _, want := range []string{"现印发给你们", first} {
			if !strings.Contains(page1, want) {
				t.Errorf("%s: page 1 lacks %q:\n%s", name, want, page1)
			}
		}
		if code, out, errOut := run("lint", "--pages", path); code != 0 {
			t.Errorf("%s: lint --pages exit %d\n%s%s", name, code, out, errOut)
		}
	}
}

type styledParagraph struct{ Style, Text string }

// paragraphStyles is each paragraph of a .docx with its style as
// python-docx reads them.
func paragraphStyles(t *testing.T, path string) []styledParagraph {
	t.Helper()
	const script = `
import sys, json, docx
d = docx.Document(sys.argv[1])
json.dump([{"Style": p.style.name, "Text": p.text} for p in d.paragraphs], sys.stdout, ensure_ascii=False)
`
	var out []styledParagraph
	if err := json.Unmarshal(clients.RunPython(t, "docx", script, path), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/clients"
	"gongwen/internal/docx/docxtest"
)

// caidianNotice is the 蔡甸 印发通知 (蔡政办〔2023〕1号) as a clerk enters
// it: a three-line opening ending 「通知如下：」, three numbered paragraphs.
const caidianNotice = `name: 2023年区《政府工作报告》确定的主要目标任务责任分解方案
year: 2023
region: 蔡甸区
organiser: 区人民政府
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
    kind: 通知
    organs: [qzfb]
    doc_no: 蔡政办〔2023〕1号
    title: 区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知
    recipients: [各街道办事处、乡人民政府，区人民政府各部门、各直属机构]
    opening: 2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们，并就有关事项通知如下：
    sections:
      - paragraphs: [各责任单位要高度重视，切实加强领导，对照2023年区《政府工作报告》确定的目标任务，制订工作方案，明确责任，明确措施，明确时间节点，狠抓落实，并于2023年1月15日前将工作方案报区人民政府办公室。]
      - paragraphs: [区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务，纳入绩效管理考核范围，细化考核内容，加强过程考核，确保各项工作落到实处。]
      - paragraphs: [从2023年第一季度开始，各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室，区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。]
    signature: [蔡甸区人民政府办公室]
    date: 2023-01-03
`

// lint --pages on the 蔡甸 notice as built (page 1 goes on into 一、) and
// with 与下段同页 set on every paragraph after the opening, as a clerk's
// template or an old build did: the chain moves to page 2 and page 1 holds
// only the head, the title, the 主送 and the opening — reported as
// first-page-opening, which the built notice is not.
func TestLintPagesFirstPageOpening(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "caidian.yaml"), []byte(caidianNotice), 0o644)
	manifest := filepath.Join(dir, "gongwen.yaml")
	os.WriteFile(manifest, []byte("data: caidian.yaml\nout: out\ndate: 2023-01-03\noutputs: [notice]\n"), 0o644)
	var o, e bytes.Buffer
	if err := runBuild(context.Background(), &buildOptions{IO: &IOStreams{Out: &o, ErrOut: &e}, Manifest: manifest, explicit: true}); err != nil {
		t.Fatalf("build: %v\n%s", err, e.String())
	}
	built, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx"))
	if len(built) != 1 {
		t.Fatalf("built %v", built)
	}
	src, err := os.ReadFile(built[0])
	if err != nil {
		t.Fatal(err)
	}
	parts, err := docxtest.Unzip(src)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(parts["word/document.xml"])
	// 与下段同页 on every paragraph after the one that ends 「通知如下：」.
	at := strings.Index(doc, "通知如下：")
	if at < 0 {
		t.Fatal("no opening in the built notice")
	}
	rest := regexp.MustCompile(`<w:pPr>`).ReplaceAllString(doc[at:], `<w:pPr><w:keepNext/>`)
	bad := replaceInDocx(t, src, doc, doc[:at]+rest)
	good, badPath := filepath.Join(dir, "good.docx"), filepath.Join(dir, "bad.docx")
	os.WriteFile(good, src, 0o644)
	os.WriteFile(badPath, bad, 0o644)

	var out, errOut bytes.Buffer
	runLint(&lintOptions{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Files: []string{good, badPath}, JSON: true, Pages: true})
	var reports []lintReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil || len(reports) != 2 {
		t.Fatalf("%v\n%s%s", err, out.String(), errOut.String())
	}
	has := func(r lintReport) bool {
		for _, f := range r.Findings {
			if f.Rule == "first-page-opening" && f.Where == "第1页" && strings.Contains(f.Msg, "与下段同页") {
				return true
			}
		}
		return false
	}
	if has(reports[0]) {
		t.Errorf("the notice as built: %v", reports[0].Findings)
	}
	if !has(reports[1]) {
		t.Errorf("body pushed to page 2: no first-page-opening among %v", reports[1].Findings)
	}
}

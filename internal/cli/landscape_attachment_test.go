package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gongwen/internal/clients"
)

// landscapeAttachment is a department's 工作要点分工 of six columns with long
// unit names, issued with an 印发 notice, as yaodian's: orientation: 横向
// turns the attachment's pages, not the notice's.
const landscapeAttachment = `name: 2024年工作要点任务分工
year: 2024
profile:
  organs:
    - {id: swj, name: 宁川市商务局, doc_prefix: 宁商发}
units:
  - {id: sc, name: 市场运行和消费促进科}
  - {id: wm, name: 对外贸易科}
  - {id: xq, name: 各县（市、区）商务主管部门}
categories:
  - {id: xf, name: 全力提振消费}
  - {id: wz, name: 稳住外贸外资基本盘}
tasks:
  - {id: t1, title: 组织开展“宁享消费”系列促消费活动，全年不少于100场, category: xf, units: [sc, xq], period: 每季度最后一个月30日前}
  - {id: t2, title: 落实汽车、家电以旧换新政策, category: xf, units: [sc, xq], period: 6月底前}
  - {id: t3, title: 外贸进出口总额增长5%, category: wz, units: [wm, xq], period: 年底前}
division:
  layout: 表格
  columns: [类别, 序号, 工作任务, 责任科室, 完成时限, 备注]
  orientation: 横向
documents:
  - id: yf
    kind: 印发通知
    organs: [swj]
    doc_no: 宁商发〔2024〕2号
    title: 宁川市商务局关于印发2024年工作要点任务分工的通知
    recipients: [局机关各科室，各县（市、区）商务主管部门]
    opening: 现将《宁川市商务局2024年工作要点任务分工》印发给你们，请结合实际抓好落实。
    attachments:
      - {title: 宁川市商务局2024年工作要点任务分工, source: division}
    signature: [宁川市商务局]
    date: 2024-01-22
`

// A division table of many columns in a notice's attachment stands on
// landscape pages of its own (GB/T 9704: the sheet turned, the type area
// the portrait one turned): LibreOffice's PDF has the notice's body on a
// portrait page 1, the attachment's table on landscape pages, the 版记 on
// the last page, portrait and even; lint --pages passes.
func TestLandscapeAttachment(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversions are slow")
	}
	clients.RequireLibreOffice(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "swj.yaml"), []byte(landscapeAttachment), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "data: swj.yaml\nout: out\ndate: 2024-01-22\noutputs: [issue-notice]\n"
	if err := os.WriteFile(filepath.Join(dir, "gongwen.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run("build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	path := filepath.Join(dir, "out", "宁川市商务局关于印发2024年工作要点任务分工的通知.docx")
	pdf := clients.ToPDF(t, path)
	text, pages := clients.PDFText(t, pdf)
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "99", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	var turned []bool
	for _, m := range regexp.MustCompile(`Page +\d+ size: +([0-9.]+) x ([0-9.]+)`).FindAllStringSubmatch(string(info), -1) {
		turned = append(turned, m[1] > m[2])
	}
	if len(turned) != pages || pages < 4 || pages%2 != 0 {
		t.Fatalf("%d pages, sizes %v", pages, turned)
	}
	texts := strings.Split(text, "\f")
	for i, landscape := range turned {
		page := clients.Squash(texts[i])
		switch {
		case i == 0:
			if landscape || !strings.Contains(page, "现将《宁川市商务局2024年工作要点任务分工》印发给你们") {
				t.Errorf("page 1 (landscape %v) is not the notice's body:\n%s", landscape, page)
			}
		case i == len(turned)-1:
			if landscape || !strings.Contains(page, "印发") {
				t.Errorf("last page (landscape %v) is not the 版记's:\n%s", landscape, page)
			}
		case strings.Contains(page, "工作任务责任科室完成时限"):
			if !landscape {
				t.Errorf("page %d holds the table but is portrait", i+1)
			}
		case strings.TrimSpace(page) != "":
			t.Errorf("page %d holds neither the body, the table nor the 版记:\n%s", i+1, page)
		}
	}
	all := clients.Squash(text)
	for _, w := range []string{"宁川市商务局2024年工作要点任务分工", "全力提振消费", "外贸进出口总额增长5%", "各县（市、区）商务主管部门"} {
		if !strings.Contains(all, w) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	if !turned[1] {
		t.Error("the attachment does not start on a landscape page")
	}
	if code, out, errOut := run("lint", "--pages", path); code != 0 {
		t.Errorf("lint --pages exit %d\n%s%s", code, out, errOut)
	}
}

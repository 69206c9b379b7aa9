package gbt9704

import (
	"strings"
	"testing"
)

// page is an A4 page of lines of body text from the type area's top, n
// lines of 28.95 pt, with its page number 7 ptPerMM under the type area.
func laidPage(texts ...string) LaidPage {
	p := LaidPage{Width: 595.3, Height: 841.9}
	y := 37 * ptPerMM
	for _, t := range texts {
		p.Lines = append(p.Lines, LaidLine{Top: y, Bottom: y + 16, Text: t})
		y += 28.95
	}
	foot := 841.9 - 35*ptPerMM
	p.Lines = append(p.Lines, LaidLine{Top: foot + 7*ptPerMM, Bottom: foot + 7*ptPerMM + 14, Text: "— 1 —"})
	return p
}

func lines(n int, s string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestCheckGaps(t *testing.T) {
	// want is a finding's rule and excerpt; page-gap unless said.
	want := func(s string) string {
		if strings.HasPrefix(s, "closing-gap:") {
			return s
		}
		return "page-gap:" + s
	}
	title := laidPage("附件标题")
	title.Lines[0].Bottom = title.Lines[0].Top + 24 // 二号
	for _, tc := range []struct {
		name  string
		pages []LaidPage
		want  string // the excerpt of the finding, "" for none
	}{
		{"full pages", []LaidPage{laidPage(lines(22, "正文")...), laidPage(lines(5, "正文")...)}, ""},
		{"seven lines of 22 empty", []LaidPage{laidPage(lines(15, "正文")...), laidPage("2021年是中国共产党成立100周年", "正文")}, "2021年是中国共产党成立100…"},
		{"five lines empty", []LaidPage{laidPage(lines(17, "正文")...), laidPage("下一段")}, ""},
		{"the last page", []LaidPage{laidPage(lines(22, "正文")...), laidPage(lines(3, "正文")...)}, ""},
		{"before an attachment's label", []LaidPage{laidPage(lines(8, "正文")...), laidPage("附件2", "标题")}, ""},
		{"before an attachment's title", []LaidPage{laidPage(lines(8, "正文")...), title}, ""},
		{"after the 成文日期", []LaidPage{laidPage(append(lines(6, "正文"), "某区人民政府", "2024年1月22日")...), laidPage("正文")}, ""},
		{"before the 版记", []LaidPage{laidPage(lines(8, "正文")...), laidPage("抄送：市委办公室。", "某区人民政府办公室 2024年1月22日印发")}, ""},
		{"before a 版记 of one line", []LaidPage{laidPage(lines(8, "正文")...), laidPage("衢州市人民政府办公室", "2021 年 3 月 24 日印发")}, ""},
		{"a table's header repeats", []LaidPage{laidPage(append([]string{"序号 工作任务 责任单位"}, lines(10, "1 任务 单位")...)...),
			laidPage("序号 工作任务 责任单位", "12 召开专题民主生活会")}, "12召开专题民主生活会"},
		// The closing on the next page would have fitted the room left
		// (closing-gap, from a quarter of the page): 特此通知, the
		// 附件说明, the signature and the date, four lines here.
		{"closing that fitted, six lines empty", []LaidPage{laidPage(lines(16, "正文")...),
			laidPage("特此通知", "附件：任务分解表", "某区人民政府", "2024年1月22日")}, "closing-gap:特此通知附件：任务分解表"},
		{"closing that fitted, eight lines empty", []LaidPage{laidPage(lines(14, "正文")...),
			laidPage("正文末行。", "特此通知", "附件：任务分解表", "某区人民政府", "2024年1月22日")}, "closing-gap:正文末行。特此通知"},
		{"closing too tall for the room", []LaidPage{laidPage(lines(16, "正文")...),
			laidPage("正文", "正文", "正文。", "特此通知", "附件：任务分解表", "某区人民政府", "2024年1月22日")}, ""},
		{"five lines empty before a closing", []LaidPage{laidPage(lines(17, "正文")...),
			laidPage("特此通知", "某区人民政府", "2024年1月22日")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := CheckGaps(tc.pages)
			switch {
			case tc.want == "" && len(fs) > 0:
				t.Errorf("findings %v", fs)
			case tc.want != "" && (len(fs) != 1 || fs[0].Rule+":"+fs[0].Excerpt != want(tc.want) || !strings.Contains(fs[0].Msg, "第1页")):
				t.Errorf("findings %v, want one at page 1 with %q", fs, tc.want)
			}
		})
	}
}

const bboxSample = `<doc>
  <page width="595.304000" height="841.890000">
    <flow><block xMin="1" yMin="2" xMax="3" yMax="4">
      <line xMin="89.5" yMin="104.9" xMax="500.1" yMax="120.9">
        <word xMin="89.5" yMin="104.9" xMax="120.0" yMax="120.9">2021</word>
        <word xMin="121.5" yMin="104.9" xMax="300.0" yMax="120.9">年是&lt;中国&gt;</word>
      </line>
    </block></flow>
  </page>
  <page width="595.304000" height="841.890000"></page>
</doc>`

func TestReadBBox(t *testing.T) {
	pages := ReadBBox(bboxSample)
	if len(pages) != 2 || len(pages[0].Lines) != 1 || len(pages[1].Lines) != 0 {
		t.Fatalf("pages %+v", pages)
	}
	l := pages[0].Lines[0]
	if l.Text != "2021 年是<中国>" || l.Top != 104.9 || l.Bottom != 120.9 || pages[0].Width != 595.304 {
		t.Errorf("line %+v", l)
	}
}

func FuzzReadBBox(f *testing.F) {
	f.Add(bboxSample)
	f.Add(`<page width="1e999" height="NaN"><line yMin="x"><word>a</word>`)
	f.Fuzz(func(t *testing.T, doc string) {
		pages := ReadBBox(doc)
		CheckGaps(pages)
		for _, p := range pages {
			if len(p.Lines) > 2000 {
				t.Fatalf("%d lines", len(p.Lines))
			}
		}
	})
}

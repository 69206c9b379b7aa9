package gbt9704

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckPages(t *testing.T) {
	const (
		body1    = "中共湖北省委办公厅文件\n\n关于成立领导小组的通知\n  为加强领导，现将有关事项通知如下。\n\n                 — 1 —\n"
		body2    = "  二、领导小组办公室\n  领导小组下设办公室。\n\n  — 2 —\n"
		body3    = "  三、工作要求\n                 — 3 —\n"
		blank    = "\n\n"
		numbered = "\n\n                 — 3 —\n"
		colophon = "\n\n 抄送： 省委各常委，省人大常委会、省政府、\n    省政协领导同志。\n 中共湖北省委办公厅          2013 年 2 月 27 日印发\n"
	)
	tests := []struct {
		name  string
		pages []string
		want  []string // substrings of the findings, in order
	}{
		{"one page and the 版记", []string{body1, colophon}, nil},
		{"two pages, a blank page and the 版记", []string{body1, body2, blank, colophon}, nil},
		{"three pages and the 版记", []string{body1, body2, body3, colophon}, nil},
		{"no 版记", []string{body1, body2, body3}, nil},
		{"版记 under the body of page 2", []string{body1, body2 + colophon}, nil},
		{"版记 under the body of page 3", []string{body1, body2, body3 + colophon}, []string{"第3页（单页）"}},
		{"版记 alone on page 3", []string{body1, body2, colophon}, []string{"第3页（单页）"}},
		{"版记 page numbered", []string{body1, colophon + "  — 2 —\n"}, []string{"版记页没有正文，却编了页码“— 2 —”"}},
		{"blank page numbered", []string{body1, body2, numbered, colophon}, []string{"空白页编了页码“— 3 —”"}},
		{"版记 not last", []string{body1, colophon, body2}, []string{"其后还有1页"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := CheckPages(tt.pages)
			if len(fs) != len(tt.want) {
				t.Fatalf("%d findings, want %d: %v", len(fs), len(tt.want), fs)
			}
			for i, f := range fs {
				if !strings.Contains(f.Msg, tt.want[i]) || f.Rule != "colophon-page" || f.Severity != Error {
					t.Errorf("finding %d: %s, want it to say %q", i, f, tt.want[i])
				}
			}
		})
	}
}

// A page after the first holding only the closing is an error of its own
// rule; a closing under body text, or on page 1, is not.
func TestClosingPages(t *testing.T) {
	const (
		page1   = "省委“学创”活动领导小组文件\n\n关于印发《责任分工》的通知\n  现将《责任分工》印发给你们，请认真贯彻执行。\n  — 1 —\n"
		sign    = "                    省委“学创”活动领导小组\n                      2013 年 3 月 26 日\n"
		joint   = "            中共湖北省委       湖北省人民政府\n                      2013 年 2 月 25 日\n"
		note    = "  附件：1.省委“学习贯彻十八大、争创发展新业绩”主题实\n         践活动牵头单位主要职责\n       2.责任分工\n\n"
		body    = "  请认真贯彻执行。\n\n"
		wrapped = "  各地要加强组织领导，确保活动有序推进，\n  按时报送进展情况。\n\n"
		number  = "— 2 —\n"
		remark  = "  （此件发至县级）\n"
		annex   = "附件\n    责任分工\n  序号  工作任务  完成时限\n  1  梳理清单  2013年3月31日\n"
	)
	tests := []struct {
		name  string
		pages []string
		want  string // substring of the one finding; "" for none
	}{
		{"signature and date alone", []string{page1, sign + number}, "第2页只有署名和成文日期"},
		{"附件说明 with them", []string{page1, note + sign + number}, "第2页只有附件说明、署名和成文日期"},
		{"joint signature", []string{page1, joint + remark + number}, "第2页只有署名和成文日期"},
		{"date alone", []string{page1, "  2013 年 3 月 26 日\n" + number}, "第2页只有成文日期"},
		{"body above", []string{page1, body + sign + number}, ""},
		{"body and 附件说明 above", []string{page1, body + note + sign + number}, ""},
		{"wrapped body above", []string{page1, wrapped + sign + number}, ""},
		{"closing on page 1", []string{page1 + sign}, ""},
		{"an attachment's table", []string{page1 + sign, annex}, ""},
		{"closing then the 版记", []string{page1, body + sign + number, "\n\n抄送：省委各常委。\n 省委办公厅  2013 年 3 月 26 日印发\n"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs []Finding
			for _, f := range CheckPages(tt.pages) {
				if f.Rule == "closing-page" {
					fs = append(fs, f)
				}
			}
			if tt.want == "" {
				if len(fs) != 0 {
					t.Fatalf("findings %v, want none", fs)
				}
				return
			}
			if len(fs) != 1 || !strings.Contains(fs[0].Msg, tt.want) || fs[0].Severity != Error || fs[0].Where != "第2页" {
				t.Fatalf("findings %v, want one error on 第2页 saying %q", fs, tt.want)
			}
		})
	}
}

// The body of a notice on page 1: the 印发 notice of issue 12 whose
// keep-with-next chain took the body, the signature and the date to page 2
// (page 1 ended with the 主送), against pages that hold body text.
func TestFirstPageBody(t *testing.T) {
	const (
		head = "武汉市蔡甸区人民政府办公室文件\n\n         蔡政办〔2023〕1号\n\n" +
			"  区人民政府办公室关于印发2023年区\n   《政府工作报告》确定的主要目标\n     任务责任分解方案的通知\n\n" +
			"各街道办事处、乡人民政府，区人民政府各部门、各直属\n机构：\n"
		opening = "  2023年《区〈政府工作报告〉确定的主要目标任务责任分解\n方案》已报经区人民政府同意，现印发给你们，并就有关事项\n通知如下：\n"
		pageNo  = "\n\n                          —1—\n"
		page2   = "  一、各责任单位要高度重视，切实加强领导。\n\n                   蔡甸区人民政府办公室\n                      2023年1月3日\n\n —2—\n"
	)
	tests := []struct {
		name  string
		pages []string
		want  bool
	}{
		{"page 1 ends with the 主送", []string{head + pageNo, opening + page2}, true},
		{"page 1 ends with the 主送, no page number", []string{head, opening + page2}, true},
		{"the opening on page 1", []string{head + opening + pageNo, page2}, false},
		{"one page", []string{head}, false},
		{"no 主送", []string{"关于印发方案的通知\n" + pageNo, page2}, false},
		// A 方案 has no 主送: its page 1 may end with a body paragraph's
		// last line 「……如下：」 after prose (荆门, QA s10).
		{"a 方案's body ending page 1 with “：”", []string{"  荆门市十四五规划纲要任务分工方案\n\n  一、总体要求\n  坚持稳中求进工作总基调。\n  到2025年，主要指标\n如下：\n" + pageNo, "  （一）地区生产总值年均增长7%左右。\n" + pageNo}, false},
		{"a 方案 whose first line is a heading", []string{"  荆门市任务分工方案\n\n  一、主要指标\n  到2025年，主要指标如下：\n" + pageNo, page2}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Finding
			for _, f := range CheckPages(tt.pages) {
				if f.Rule == "first-page-body" {
					got = append(got, f)
				}
			}
			if (len(got) > 0) != tt.want {
				t.Fatalf("findings %v, want one: %v", got, tt.want)
			}
			if tt.want && (!strings.Contains(got[0].Msg, "正文未从首页开始") || got[0].Where != "第1页" || got[0].Severity != Error) {
				t.Errorf("finding %+v", got[0])
			}
		})
	}
}

// Page 1 holding only the 版头, title, 主送 and the opening, the body on
// page 2: pdftotext of LibreOffice's PDF of the 蔡甸 印发通知 built by
// gongwen, as built (page 1 goes on into 一、) and with 与下段同页 set on
// every paragraph after the opening (the chain moves to page 2); and the
// default notice, whose page 1 ends after an opening ending in 。 with the
// 黑体 heading 一、 kept with its paragraph on page 2, as it may.
func TestFirstPageOpening(t *testing.T) {
	for _, tt := range []struct {
		file string
		want bool
	}{
		{"pages-opening-bad.txt", true},
		{"pages-opening-good.txt", false},
		{"pages-notice-heading.txt", false},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(string(b), "\f")
		var got []Finding
		for _, f := range CheckPages(pages) {
			if f.Rule == "first-page-opening" {
				got = append(got, f)
			}
			if f.Rule == "first-page-body" {
				t.Errorf("%s: first-page-body %v (page 1 does not end at the 主送)", tt.file, f)
			}
		}
		if (len(got) > 0) != tt.want {
			t.Errorf("%s: findings %v, want one: %v", tt.file, got, tt.want)
			continue
		}
		if tt.want && (got[0].Where != "第1页" || got[0].Severity != Warning || !strings.Contains(got[0].Msg, "通知如下：") || !strings.Contains(got[0].Msg, "与下段同页")) {
			t.Errorf("%s: finding %+v", tt.file, got[0])
		}
	}
}

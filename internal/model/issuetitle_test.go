package model

import (
	"strings"
	"testing"
)

// An 印发通知 not titled 「关于印发……的通知」 whose attachments are all
// unlisted prints no 附件说明: 嘉鱼 嘉政办发〔2021〕5号, a 「…进行责任分解的
// 通知」 with 附件1、附件2, lost it silently when entered as 印发通知 (QA s11
// finding 15). validate now says to use 通知 or listed.
func TestIssueNoticeTitleAdvice(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		title  string
		listed bool
		warn   bool
	}{
		{"县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作进行责任分解的通知", false, true},
		{"县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作进行责任分解的通知", true, false},
		{"关于印发2023年重点工作任务分解方案的通知", false, false},
		{"关于转发省政府办公厅文件的通知", false, false},
	} {
		a := Attachment{Title: "重点工作责任分解", Source: AttachDivision}
		if tc.listed {
			a.Listed = &yes
		}
		d := Document{Kind: IssueNotice, Title: tc.title, Attachments: []Attachment{a}}
		got := false
		for _, p := range d.attachmentAdvice("documents[0]") {
			got = got || p.Path == "documents[0].kind" && strings.Contains(p.Msg, "kind: 通知")
		}
		if got != tc.warn {
			t.Errorf("%s (listed %v): advice %v, want %v", tc.title, tc.listed, got, tc.warn)
		}
	}
}

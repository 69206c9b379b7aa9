package model

import "testing"

// TestDivisionTitle: the division takes the title the data gives it — its
// 责任分工 document's, else the attachment's that prints it — and none is
// made up when the data gives several or none (QA s10 13).
func TestDivisionTitle(t *testing.T) {
	notice := func(title string) Document {
		return Document{ID: "n", Kind: IssueNotice, Attachments: []Attachment{{Title: title, Source: AttachDivision}}}
	}
	tests := []struct {
		name string
		docs []Document
		want string
	}{
		{"attachment", []Document{notice("2023年区政府重点工作任务")}, "2023年区政府重点工作任务"},
		{"document first", []Document{notice("附件的标题"), {ID: "d", Kind: Division, Title: "工作要点"}}, "工作要点"},
		{"two that differ", []Document{{ID: "a", Kind: Division, Title: "甲"}, {ID: "b", Kind: Division, Title: "乙"}}, ""},
		{"none", []Document{{ID: "a", Kind: Notice, Title: "通知"}}, ""},
	}
	for _, tt := range tests {
		c := &Campaign{Name: "2023年区政府重点工作任务", Year: 2023, Documents: tt.docs}
		if got := c.DivisionTitle(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

package docdata

import (
	"strings"
	"testing"
)

// TestNotShown: what the data gives for the document itself and the
// template does not read is named, with the kind's reason when its
// built-in leaves it out on purpose.
func TestNotShown(t *testing.T) {
	withSigner := &NoticeView{Head: Head{Signers: "张三  李四", Secret: "秘密"}, Main: Main{Remark: "（此件公开发布）"}}
	cases := []struct {
		name  string
		kind  *Kind
		view  any
		paths []string
		want  []string
	}{
		{"shown", Notice, withSigner, []string{".Signers", ".Secret", ".Remark"}, nil},
		{"nothing given", Notice, &NoticeView{}, nil, nil},
		{"read inside a condition's fields", Notice, &NoticeView{Imprint: Imprint{CC: []string{"省委办公厅"}}},
			[]string{".CC[]"}, nil},
		{"notice", Notice, withSigner, []string{".Secret", ".Remark"},
			[]string{"数据中的签发人“张三  李四”没有出现在文中：模板中没有 {{.Signers}}"}},
		{"issue notice", IssueNotice, withSigner, []string{".Secret"}, []string{
			"数据中的签发人“张三  李四”没有出现在文中：印发通知是下行文",
			"数据中的附注“（此件公开发布）”没有出现在文中：模板中没有 {{.Remark}}"}},
		{"list", Notice, &NoticeView{Imprint: Imprint{CC: []string{"省委办公厅"}}}, nil,
			[]string{"数据中的抄送机关“省委办公厅”没有出现在文中"}},
		{"signature and appendix", Notice, &NoticeView{Main: Main{
			SignLines:  []string{"　　　　中共湖北省委", "　　　　湖北省人民政府"},
			Appendices: []Appendix{{Label: "附件", TitleLines: []string{"“学创”活动", "总体方案"}}}}},
			[]string{".Title", ".Body[]"}, []string{
				"数据中的署名“中共湖北省委、湖北省人民政府”没有出现在文中：模板中没有 {{.SignLines}}",
				"数据中的附件《“学创”活动总体方案》没有出现在文中：模板中没有 {{.Appendices}}"}},
		{"not a struct", Notice, "text", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.kind.NotShown(c.view, c.paths)
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %d notes like %q", got, len(c.want), c.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], c.want[i]) {
					t.Errorf("note %d: %q, want it to start %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

package docdata

import (
	"slices"
	"strings"
	"testing"

	"gongwen/internal/model"
)

// A title names the place of its organ bare: 嘉政办发〔2021〕5号's 「…涉及嘉鱼
// 的重点事项…」 broke 「涉及嘉／鱼的」 (QA s11 finding 5). The organ's place is
// kept whole on a title line, as the organ's name is.
func TestTitleKeepsPlaceNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"嘉鱼县人民政府办公室", []string{"嘉鱼", "嘉鱼县"}},
		{"中共安徽省委教育工委", []string{"安徽", "安徽省"}},
		{"武汉市人民政府办公厅", []string{"武汉", "武汉市"}},
		{"县人民政府办公室", nil},
		{"各县市区政府", nil},
		{"区发改委", nil},
	} {
		if got := placeOf(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("placeOf(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
	c := &model.Campaign{Profile: model.Profile{Organs: []model.Organ{{ID: "jyb", Name: "嘉鱼县人民政府办公室", Short: "县政府办公室"}}}}
	for _, title := range []string{
		"县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知",
		"市《政府工作报告》涉及嘉鱼的重点事项责任分解",
	} {
		lines := TitleLines(title, 0, titleNames(c)...)
		if strings.Join(lines, "") != title {
			t.Fatalf("%s: lines %q lose text", title, lines)
		}
		for _, l := range lines {
			if strings.HasSuffix(l, "嘉") || strings.HasPrefix(l, "鱼") || strings.HasSuffix(l, "重") {
				t.Errorf("%s: a line breaks a word: %q", title, lines)
			}
		}
	}
}

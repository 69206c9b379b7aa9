package load

import (
	"os"
	"strings"
	"testing"
)

// A valid file where one 1 MB text is repeated through 300 aliases passed
// the node budget (300 nodes) and became 300 MB of work after loading.
// Text counts at its expanded size.
func TestAliasTextCounted(t *testing.T) {
	base, err := os.ReadFile("../../data/xuechuang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	goal := "goal: &big " + strings.Repeat("很长的目标", 70000) + "\n" // 1 MB
	src := strings.Replace(string(base), "goal: 领会精神实质、牢记职责使命、把握历史机遇、再创发展佳绩\n", goal, 1)
	src = strings.Replace(src, "    title: 制定“学创”活动总体方案\n", "    title: 制定“学创”活动总体方案\n    notes: *big\n", 1)
	if _, _, err := Bytes("x.yaml", []byte(src)); err != nil && strings.Contains(err.Error(), "别名展开后的文字过多") {
		t.Fatalf("one use of an anchor is refused: %v", err)
	}
	tasks := strings.Index(src, "tasks:\n") + len("tasks:\n")
	var extra strings.Builder
	for i := range 300 {
		extra.WriteString("  - id: x" + strings.Repeat("y", i%5) + string(rune('a'+i%26)) + "\n    title: 重复\n    period: 2月\n    notes: *big\n")
	}
	bomb := src[:tasks] + extra.String() + src[tasks:]
	_, _, err = Bytes("bomb.yaml", []byte(bomb))
	if err == nil || !strings.Contains(err.Error(), "别名展开后的文字过多") || !strings.Contains(err.Error(), "bomb.yaml:") {
		t.Fatalf("300 uses of a 1 MB anchor: %.300v", err)
	}
}

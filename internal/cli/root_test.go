package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

func TestErrorText(t *testing.T) {
	notExist := &fs.PathError{Op: "stat", Path: "nope.xlsx", Err: syscall.ENOENT}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"plain", errors.New("数据有误"), "数据有误"},
		{"missing", notExist, "文件不存在：nope.xlsx"},
		{"wrapped with %w", fmt.Errorf("读取 nope.xlsx：%w", notExist), "读取 nope.xlsx：文件不存在：nope.xlsx"},
		{"exit error", badInput(fmt.Errorf("读取：%w", notExist)), "读取：文件不存在：nope.xlsx"},
		{"permission", &fs.PathError{Op: "open", Path: "a.docx", Err: syscall.EACCES}, "没有权限访问：a.docx"},
		{"folder", &fs.PathError{Op: "read", Path: "out", Err: syscall.EISDIR}, "out 是文件夹，不是文件"},
		{"not a folder", &fs.PathError{Op: "open", Path: "a.docx/b", Err: syscall.ENOTDIR}, "路径 a.docx/b 中有一段不是文件夹，而是文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errorText(tt.err); got != tt.want {
				t.Errorf("errorText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestZhFlagUsages(t *testing.T) {
	tests := []struct{ in, want string }{
		{`      --compress string   压缩方式 (default "fast")`, `      --compress 文字   压缩方式（默认 "fast"）`},
		{`      --warn int   工作日数 (default 3)`, `      --warn 整数   工作日数（默认 3）`},
		{`  -h, --help   显示本命令的帮助`, `  -h, --help   显示本命令的帮助`},
		{"" +
			"  -d, --data string      数据文件\n" +
			"  -h, --help             显示本命令的帮助\n" +
			"      --json             以 JSON 输出\n" +
			"      --timeout duration  时限 (default 1m0s)\n",
			"" +
				"  -d, --data 文字      数据文件\n" +
				"  -h, --help           显示本命令的帮助\n" +
				"      --json           以 JSON 输出\n" +
				"      --timeout 时长   时限（默认 1m0s）\n"},
		{"" +
			"      --a string   第一行\n" +
			"                   第二行\n",
			"" +
				"      --a 文字   第一行\n" +
				"                 第二行\n"},
		{"      --odd kind   未知类型留原样", "      --odd kind   未知类型留原样"},
	}
	for _, tt := range tests {
		if got := zhFlagUsages(tt.in); got != tt.want {
			t.Errorf("zhFlagUsages(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	if got := zhUseLine("gongwen lint FILE.docx... [flags]"); got != "gongwen lint FILE.docx... [选项]" {
		t.Errorf("zhUseLine: %q", got)
	}
}

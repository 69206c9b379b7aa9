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
		{"not a folder", &fs.PathError{Op: "open", Path: "a.docx/b", Err: syscall.ENOTDIR}, "a.docx/b 的上级不是文件夹"},
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
		{`      --compress string   压缩方式 (default "fast")`, `      --compress string   压缩方式（默认 "fast"）`},
		{`      --warn int   工作日数 (default 3)`, `      --warn int   工作日数（默认 3）`},
		{`  -h, --help   显示本命令的帮助`, `  -h, --help   显示本命令的帮助`},
		{"a (default 1)\nb\nc (default x)\n", "a（默认 1）\nb\nc（默认 x）\n"},
	}
	for _, tt := range tests {
		if got := zhFlagUsages(tt.in); got != tt.want {
			t.Errorf("zhFlagUsages(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := zhUseLine("gongwen lint FILE.docx... [flags]"); got != "gongwen lint FILE.docx... [选项]" {
		t.Errorf("zhUseLine: %q", got)
	}
}

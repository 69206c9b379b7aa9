package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ErrNoLibreOffice says PDF conversion is impossible here.
var ErrNoLibreOffice = errors.New("没有找到 LibreOffice（soffice）。在 Debian/Ubuntu 上可用 apt-get install libreoffice-writer-nogui libreoffice-calc-nogui 安装")

// ConvertPDF converts documents to PDF beside them with LibreOffice, in one
// process per folder (LibreOffice's start-up dominates), using a private
// profile so that a running LibreOffice of the user is not disturbed. It
// returns the PDF path of every document converted.
func ConvertPDF(ctx context.Context, paths []string) (map[string]string, error) {
	if len(paths) == 0 {
		return map[string]string{}, nil
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return nil, ErrNoLibreOffice
	}
	profile, err := os.MkdirTemp("", "gongwen-lo-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	byDir := map[string][]string{}
	var dirs []string
	for _, p := range paths {
		d := filepath.Dir(p)
		if _, ok := byDir[d]; !ok {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], p)
	}
	out := map[string]string{}
	for _, d := range dirs {
		args := append([]string{"-env:UserInstallation=file://" + profile, "--headless",
			"--convert-to", "pdf", "--outdir", d}, byDir[d]...)
		cmd := exec.CommandContext(ctx, soffice, args...)
		ownGroup(cmd)
		msg, err := cmd.CombinedOutput()
		killGroup(cmd)
		if err != nil {
			return out, fmt.Errorf("LibreOffice 转换失败：%v\n%s", err, msg)
		}
		for _, p := range byDir[d] {
			pdf := strings.TrimSuffix(p, filepath.Ext(p)) + ".pdf"
			if _, err := os.Stat(pdf); err == nil {
				out[p] = pdf
			}
		}
	}
	return out, nil
}

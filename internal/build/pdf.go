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

// pdfFilter keeps in the PDF the blank page LibreOffice inserts before a
// 版记 that starts on an even page (its default leaves such pages out), so
// the PDF prints two-sided as the document does. Only Word documents
// use it: it is Writer's filter.
const pdfFilter = `pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}`

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
	// One run per folder and filter: Word documents keep their inserted
	// blank pages (pdfFilter), workbooks convert with Calc's own filter.
	type batch struct{ dir, filter string }
	byDir := map[batch][]string{}
	var dirs []batch
	for _, p := range paths {
		b := batch{filepath.Dir(p), "pdf"}
		if strings.EqualFold(filepath.Ext(p), ".docx") {
			b.filter = pdfFilter
		}
		if _, ok := byDir[b]; !ok {
			dirs = append(dirs, b)
		}
		byDir[b] = append(byDir[b], p)
	}
	out := map[string]string{}
	for _, b := range dirs {
		args := append([]string{"-env:UserInstallation=file://" + profile, "--headless",
			"--convert-to", b.filter, "--outdir", b.dir}, byDir[b]...)
		cmd := exec.CommandContext(ctx, soffice, args...)
		ownGroup(cmd)
		msg, err := cmd.CombinedOutput()
		killGroup(cmd)
		if err != nil {
			return out, fmt.Errorf("LibreOffice 转换失败：%v\n%s", err, msg)
		}
		for _, p := range byDir[b] {
			pdf := strings.TrimSuffix(p, filepath.Ext(p)) + ".pdf"
			if _, err := os.Stat(pdf); err == nil {
				out[p] = pdf
			}
		}
	}
	return out, nil
}

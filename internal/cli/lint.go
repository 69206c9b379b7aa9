package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/build"
	"gongwen/internal/gbt9704"
	"gongwen/internal/opc"
)

func init() { register(newCmdLint) }

type lintOptions struct {
	IO       *IOStreams
	Files    []string
	JSON     bool
	Warnings bool // also fail on warnings
	// Pages lays the files out with LibreOffice and checks the page rules
	// that depend on the layout (gbt9704.CheckPages).
	Pages bool
}

func newCmdLint(ios *IOStreams) *cobra.Command {
	opts := &lintOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "lint 文件.docx…",
		Short: "按 GB/T 9704 检查 Word 文件的格式",
		Long: `检查纸张和页边距、版心网格（每页 22 行、每行 28 字）、标题和正文及各级标题的字体字号
（一、黑体，（一）楷体，1. 和（1）仿宋），发文字号和成文日期的写法，页码（“— 1 —”，单页居右、
双页居左），发文机关标志下的红色分隔线，以及版记。每个问题标明位置（部件、段落、表格单元格和文字）。
给出的每个文件都检查并报告，无法读取的文件（不存在、不是 Word 文档）也一一说明并计为问题。
有错误时退出码为 1。模板中的 {{…}} 动作不作文字检查，模板和生成的文件都可检查。

加 --pages 时再用 LibreOffice 排版成 PDF，逐页检查版记页的规则（GB/T 9704 7.4、7.5.1）：版记在最后一页，
最后一页是双页（封四），版记页没有正文时和版记前的空白页都不编页码；并找出下部三分之一以上空白、
下一段或下一表格行整个排到下一页的页（附件、版记等按规定另起一页的除外）。需要安装 LibreOffice 和 pdftotext；
排版按 LibreOffice 和本机字体，与 Word、WPS 的分页可能不同。`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("%s 需要至少一个 .docx 文件", cmd.CommandPath())
			}
			opts.Files = args
			return runLint(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出检查结果")
	cmd.Flags().BoolVar(&opts.Warnings, "strict", false, "有警告也以退出码 1 结束")
	cmd.Flags().BoolVar(&opts.Pages, "pages", false, "用 LibreOffice 排版后逐页检查版记页和页码（较慢）")
	return cmd
}

// lintReport is one file's result in --json output. Error says why a file
// could not be checked at all (then Findings is empty).
type lintReport struct {
	File     string            `json:"file"`
	Error    string            `json:"error,omitempty"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings"`
	Findings []gbt9704.Finding `json:"findings"`
}

// runLint checks every file given, also after one that cannot be read, and
// reports them all; a file that cannot be checked counts as one problem.
func runLint(opts *lintOptions) error {
	var reports []lintReport
	failed := 0
	// The files checked together are a set: two with one 发文字号 is an
	// error of the later one.
	numbered := map[string]string{}
	var laidOut map[string][]string
	var laidLines map[string][]gbt9704.LaidPage
	var layoutErr error
	if opts.Pages {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		laidOut, laidLines, layoutErr = layOutPages(ctx, opts.Files)
		cancel()
	}
	for _, file := range opts.Files {
		fs, no, err := lintFile(file)
		if err == nil && opts.Pages {
			if layoutErr != nil {
				err = layoutErr
			} else if pages, ok := laidOut[file]; !ok {
				err = errors.New("LibreOffice 无法排版此文件，未能逐页检查")
			} else {
				fs = append(fs, gbt9704.CheckPages(pages)...)
				fs = append(fs, gbt9704.CheckGaps(laidLines[file])...)
			}
		}
		if err != nil {
			failed++
			reports = append(reports, lintReport{File: file, Error: err.Error(), Errors: 1, Findings: []gbt9704.Finding{}})
			if !opts.JSON {
				fmt.Fprintf(opts.IO.ErrOut, "%s：%v\n", file, err)
			}
			continue
		}
		if no.text != "" {
			if first, dup := numbered[no.text]; dup {
				fs = append(fs, gbt9704.Finding{Rule: "docno", Severity: gbt9704.Error, Part: "word/document.xml", Para: no.para,
					Excerpt: no.text, Msg: fmt.Sprintf("发文字号“%s”与 %s 重复：一个发文字号只能用于一份公文", no.text, first)})
			} else {
				numbered[no.text] = file
			}
		}
		r := lintReport{File: file, Errors: gbt9704.Errors(fs), Findings: fs}
		r.Warnings = len(fs) - r.Errors
		if r.Findings == nil {
			r.Findings = []gbt9704.Finding{}
		}
		reports = append(reports, r)
		if r.Errors > 0 || opts.Warnings && r.Warnings > 0 {
			failed += r.Errors
			if opts.Warnings {
				failed += r.Warnings
			}
		}
		if !opts.JSON {
			for _, f := range fs {
				fmt.Fprintf(opts.IO.Out, "%s: %s\n", file, f)
			}
			if len(fs) == 0 {
				fmt.Fprintf(opts.IO.ErrOut, "%s：符合 GB/T 9704\n", file)
			} else {
				fmt.Fprintf(opts.IO.ErrOut, "%s：%d 个错误，%d 个警告\n", file, r.Errors, r.Warnings)
			}
		}
	}
	if opts.JSON {
		if err := writeJSON(opts.IO.Out, reports); err != nil {
			return err
		}
	}
	if failed > 0 {
		return reported(failed)
	}
	return nil
}

// lintFile lints one file; its error, if any, says in Chinese (without the
// file's name) why the file is not a Word document that can be checked.
// docNumber is a document's 发文字号 and its paragraph.
type docNumber struct {
	text string
	para int
}

func lintFile(file string) ([]gbt9704.Finding, docNumber, error) {
	st, err := os.Stat(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, docNumber{}, errors.New("文件不存在")
	case err != nil:
		return nil, docNumber{}, fmt.Errorf("无法读取：%s", errorText(err))
	case st.IsDir():
		return nil, docNumber{}, errors.New("是文件夹，不是 Word 文档")
	}
	if isOLE(file) {
		return nil, docNumber{}, errors.New("不是 .docx 文件，而是 Word 97-2003 文档（.doc）或加密的文档：请在 Word 中另存为不加密的 .docx 后再检查")
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, docNumber{}, fmt.Errorf("无法读取：%s", errorText(err))
	}
	defer f.Close()
	pkg, err := opc.Open(f, st.Size(), opc.DefaultLimits)
	if err != nil {
		return nil, docNumber{}, fmt.Errorf("不是 Word 文档：%v", err)
	}
	if !pkg.Has("word/document.xml") {
		switch {
		case pkg.Has("xl/workbook.xml"):
			return nil, docNumber{}, errors.New("是 Excel 工作簿，不是 Word 文档（lint 只检查 .docx）")
		case pkg.Has("ppt/presentation.xml"):
			return nil, docNumber{}, errors.New("是 PowerPoint 演示文稿，不是 Word 文档（lint 只检查 .docx）")
		}
		return nil, docNumber{}, errors.New("不是 Word 文档（包中没有 word/document.xml）")
	}
	findings, err := gbt9704.Lint(pkg)
	if err != nil {
		return nil, docNumber{}, fmt.Errorf("无法检查：%v", err)
	}
	var no docNumber
	no.text, no.para, _ = gbt9704.DocNo(pkg)
	return findings, no, nil
}

// layOut converts the Word files with LibreOffice (in one run, in a
// temporary folder, keeping the blank pages it inserts) and returns each
// file's pages as pdftotext reads them. Files it cannot convert are left
// out; the error says why nothing could be laid out.
func layOut(files []string) (map[string][]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	return layOutWithin(ctx, files)
}

// layOutWithin is layOut bounded by ctx.
func layOutWithin(ctx context.Context, files []string) (map[string][]string, error) {
	text, _, err := layOutPages(ctx, files)
	return text, err
}

// layOutPages is layOutWithin with each page's lines and where they
// stand (pdftotext -bbox-layout), for the rules that measure the pages
// (gbt9704.CheckGaps).
func layOutPages(ctx context.Context, files []string) (map[string][]string, map[string][]gbt9704.LaidPage, error) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return nil, nil, errors.New("没有找到 pdftotext，无法逐页检查（Debian/Ubuntu：apt-get install poppler-utils）")
	}
	dir, err := os.MkdirTemp("", "gongwen-lint-*")
	if err != nil {
		return nil, nil, fmt.Errorf("无法建立临时文件夹：%s", errorText(err))
	}
	defer os.RemoveAll(dir)
	// Copies named by number: LibreOffice names a PDF after its file, and
	// two files of one name in different folders must not meet.
	var copies []string
	byCopy := map[string]string{}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		c := filepath.Join(dir, fmt.Sprintf("%d.docx", i))
		if err := os.WriteFile(c, data, 0o600); err != nil {
			return nil, nil, fmt.Errorf("无法写临时文件：%s", errorText(err))
		}
		copies = append(copies, c)
		byCopy[c] = f
	}
	pdfs, err := build.ConvertPDF(ctx, copies)
	if err != nil {
		return nil, nil, err
	}
	out := map[string][]string{}
	laid := map[string][]gbt9704.LaidPage{}
	for c, pdf := range pdfs {
		text, err := exec.CommandContext(ctx, "pdftotext", "-layout", pdf, "-").Output()
		if err != nil {
			continue
		}
		pages := strings.Split(string(text), "\f")
		if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
			pages = pages[:len(pages)-1]
		}
		out[byCopy[c]] = pages
		if bbox, err := exec.CommandContext(ctx, "pdftotext", "-bbox-layout", pdf, "-").Output(); err == nil {
			laid[byCopy[c]] = gbt9704.ReadBBox(string(bbox))
		}
	}
	return out, laid, nil
}

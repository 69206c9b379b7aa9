// Command meetings writes the built-in Word templates of the meeting and
// supervision documents: huiyi_tongzhi.docx (会议通知 with its 回执),
// jiyao.docx (会议纪要 in the 纪要格式 of GB/T 9704 10.2), duban.docx (督办
// 通知) and duban_huizong.docx (督办情况汇总).
//
// They are derived from the built-in 通知, tongzhi.docx, written by
// gen/docx: every part — styles, fonts, footers with the page numbers,
// theme — is taken from it unchanged and only word/document.xml is new, so
// the four share the 通知's page setup and styles and follow any change to
// them when regenerated. The 会议通知 and 督办通知 keep the 通知's body and
// insert their table at a marked place; the 纪要 and the 汇总 have bodies of
// their own. Run by `go generate ./templates` after gen/docx, in the
// templates folder, or with -o and -from.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"gongwen/internal/outfile"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// epoch is the timestamp of every zip entry, as gen/docx writes them.
var epoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// template is one file to write: its name and how its document.xml is
// made from the 通知's.
type template struct {
	name string
	body func(base string) (string, error)
}

func templates() []template {
	return []template{
		{"huiyi_tongzhi.docx", meetingNotice},
		{"jiyao.docx", minutes},
		{"duban.docx", supervision},
		{"duban_huizong.docx", supervisionSummary},
	}
}

// readParts unzips the base template, keeping the order of its parts.
func readParts(data []byte) ([]string, map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	var names []string
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(io.LimitReader(rc, 16<<20))
		rc.Close()
		if err != nil {
			return nil, nil, err
		}
		names = append(names, f.Name)
		parts[f.Name] = b
	}
	return names, parts, nil
}

// Files returns the four templates by name, derived from the bytes of
// tongzhi.docx.
func Files(base []byte) (map[string][]byte, error) {
	names, parts, err := readParts(base)
	if err != nil {
		return nil, fmt.Errorf("读取 tongzhi.docx：%w", err)
	}
	doc, ok := parts["word/document.xml"]
	if !ok {
		return nil, fmt.Errorf("tongzhi.docx 没有 word/document.xml")
	}
	out := map[string][]byte{}
	for _, t := range templates() {
		body, err := t.body(string(doc))
		if err != nil {
			return nil, fmt.Errorf("生成 %s：%w", t.name, err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, n := range names {
			data := parts[n]
			if n == "word/document.xml" {
				data = []byte(body)
			}
			w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: epoch})
			if err != nil {
				return nil, err
			}
			if _, err := w.Write(data); err != nil {
				return nil, err
			}
		}
		if err := zw.Close(); err != nil {
			return nil, err
		}
		out[t.name] = buf.Bytes()
	}
	return out, nil
}

// insertBefore puts xml before the paragraph holding only the action
// marker, which must occur exactly once.
func insertBefore(doc, marker, xml string) (string, error) {
	p := action(marker)
	if n := strings.Count(doc, p); n != 1 {
		return "", fmt.Errorf("tongzhi.docx 中的“%s”段出现 %d 次，应为 1 次（gen/docx 的结构变了？）", marker, n)
	}
	i := strings.Index(doc, p)
	return doc[:i] + xml + doc[i:], nil
}

// replaceBody keeps the document's root element and section properties
// and replaces everything else in the body.
func replaceBody(doc string, body string) (string, error) {
	start := strings.Index(doc, "<w:body>")
	sect := strings.LastIndex(doc, "<w:sectPr")
	if start < 0 || sect < start {
		return "", fmt.Errorf("tongzhi.docx 的 word/document.xml 没有 w:body 或 w:sectPr")
	}
	start += len("<w:body>")
	return doc[:start] + body + doc[sect:], nil
}

func main() {
	dir := flag.String("o", ".", "输出目录")
	from := flag.String("from", "tongzhi.docx", "作为基础的内置通知模板")
	flag.Parse()
	err := func() error {
		base, err := os.ReadFile(*from)
		if err != nil {
			return err
		}
		files, err := Files(base)
		if err != nil {
			return err
		}
		for _, t := range templates() {
			if err := write(filepath.Join(*dir, t.name), files[t.name]); err != nil {
				return err
			}
		}
		return nil
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen/meetings:", err)
		os.Exit(1)
	}
}

// write writes a generated template atomically, and not at all when the
// committed file already holds these bytes.
func write(path string, data []byte) error {
	_, err := outfile.WriteBytes(path, data)
	return err
}

package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Unzip returns the parts of a .docx by name.
func Unzip(data []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("docxtest: unzip: %w", err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("docxtest: read %s: %w", f.Name, err)
		}
		out[f.Name] = b
	}
	return out, nil
}

// Content is what a WordprocessingML part shows: the text of every paragraph
// in document order (paragraphs in table cells included, w:tab as "\t",
// w:br as "\n") and the tables as rows of cell texts (cell paragraphs joined
// with "\n"). Tables are listed in the order they end, so a nested table
// comes before the table holding it; its text is not part of the outer
// cell's text.
type Content struct {
	Paras  []string
	Tables [][][]string
}

// Read parses a WordprocessingML part. It fails on XML that is not
// well-formed, so a test that reads its output also checks that.
func Read(part []byte) (Content, error) {
	var c Content
	d := xml.NewDecoder(bytes.NewReader(part))
	var (
		para *strings.Builder
		inT  bool
	)
	type tbl struct {
		rows [][]string
		cell []string // paragraphs of the current cell
	}
	var tstack []*tbl
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return c, fmt.Errorf("docxtest: XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				para = &strings.Builder{}
			case "t":
				inT = true
			case "tab":
				if para != nil && t.Name.Space == wns {
					para.WriteString("\t")
				}
			case "br", "cr":
				if para != nil {
					para.WriteString("\n")
				}
			case "tbl":
				tstack = append(tstack, &tbl{})
			case "tr":
				if len(tstack) > 0 {
					tstack[len(tstack)-1].rows = append(tstack[len(tstack)-1].rows, nil)
				}
			case "tc":
				if n := len(tstack); n > 0 {
					tstack[n-1].cell = nil
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inT = false
			case "p":
				if para != nil {
					c.Paras = append(c.Paras, para.String())
					if n := len(tstack); n > 0 {
						tstack[n-1].cell = append(tstack[n-1].cell, para.String())
					}
				}
				para = nil
			case "tc":
				if n := len(tstack); n > 0 {
					tb := tstack[n-1]
					if len(tb.rows) > 0 {
						tb.rows[len(tb.rows)-1] = append(tb.rows[len(tb.rows)-1], strings.Join(tb.cell, "\n"))
					}
					tb.cell = nil
				}
			case "tbl":
				n := len(tstack)
				c.Tables = append(c.Tables, tstack[n-1].rows)
				tstack = tstack[:n-1]
			}
		case xml.CharData:
			if inT && para != nil {
				para.Write(t)
			}
		}
	}
	return c, nil
}

const wns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// ReadDocx unzips a .docx and reads one of its parts (e.g. "word/document.xml").
func ReadDocx(data []byte, part string) (Content, error) {
	parts, err := Unzip(data)
	if err != nil {
		return Content{}, err
	}
	b, ok := parts[part]
	if !ok {
		return Content{}, fmt.Errorf("docxtest: no part %s", part)
	}
	return Read(b)
}

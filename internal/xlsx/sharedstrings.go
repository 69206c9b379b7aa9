package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// excelize never removes a shared string: a rendered template keeps the
// texts of the cells it replaced, template tags and all, where a clerk who
// unzips the workbook or a search tool finds them. pruneStrings drops the
// shared strings no cell uses from a saved workbook and renumbers the
// cells that use the others.

const sstPart = "xl/sharedStrings.xml"

// sstItems splits a shared-string table into what comes before its items,
// the items (each <si>…</si> or <si/>) and what follows them.
func sstItems(b []byte) (head []byte, items [][]byte, tail []byte, err error) {
	i := bytes.Index(b, []byte("<si"))
	if i < 0 {
		return b, nil, nil, nil
	}
	head = b[:i]
	for {
		if !bytes.HasPrefix(b[i:], []byte("<si>")) && !bytes.HasPrefix(b[i:], []byte("<si/>")) && !bytes.HasPrefix(b[i:], []byte("<si ")) {
			return head, items, b[i:], nil
		}
		end := 0
		if j := bytes.IndexByte(b[i:], '>'); j > 0 && b[i+j-1] == '/' {
			end = i + j + 1
		} else if j := bytes.Index(b[i:], []byte("</si>")); j >= 0 {
			end = i + j + len("</si>")
		} else {
			return nil, nil, nil, fmt.Errorf("共享字符串表不完整")
		}
		items = append(items, b[i:end])
		i = end
	}
}

// stringCell is where a cell's shared-string index sits in a sheet.
type stringCell struct {
	start, end int // the digits between <v> and </v>
	index      int
}

// stringCells finds the cells of a sheet that hold a shared string.
func stringCells(b []byte) ([]stringCell, error) {
	var out []stringCell
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("<c"))
		if j < 0 {
			return out, nil
		}
		i += j
		if i+2 >= len(b) || (b[i+2] != ' ' && b[i+2] != '>') {
			i += 2
			continue
		}
		k := bytes.IndexByte(b[i:], '>')
		if k < 0 {
			return nil, fmt.Errorf("单元格标记不完整")
		}
		tag := b[i : i+k+1]
		i += k + 1
		if tag[len(tag)-2] == '/' || !bytes.Contains(tag, []byte(` t="s"`)) {
			continue
		}
		ce := bytes.Index(b[i:], []byte("</c>"))
		vs := bytes.Index(b[i:], []byte("<v>"))
		if ce < 0 || vs < 0 || vs > ce {
			continue
		}
		ve := bytes.Index(b[i+vs:], []byte("</v>"))
		if ve < 0 {
			return nil, fmt.Errorf("单元格值不完整")
		}
		start, end := i+vs+len("<v>"), i+vs+ve
		n, err := strconv.Atoi(string(b[start:end]))
		if err != nil {
			return nil, fmt.Errorf("共享字符串序号“%s”无效", b[start:end])
		}
		out = append(out, stringCell{start, end, n})
		i = end
	}
}

func isSheet(name string) bool {
	return strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") && !strings.Contains(name[len("xl/worksheets/"):], "/")
}

func readZipFile(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// pruneStrings returns the saved workbook src without the shared strings
// no cell uses; src itself when every string is used.
func pruneStrings(src []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	var sst *zip.File
	for _, f := range zr.File {
		if f.Name == sstPart {
			sst = f
		}
	}
	if sst == nil {
		return src, nil
	}
	sstBytes, err := readZipFile(sst)
	if err != nil {
		return nil, err
	}
	head, items, tail, err := sstItems(sstBytes)
	if err != nil || len(items) == 0 {
		return src, err
	}
	used := make([]bool, len(items))
	refs := 0
	sheets := map[string][]byte{}
	cells := map[string][]stringCell{}
	for _, f := range zr.File {
		if !isSheet(f.Name) {
			continue
		}
		b, err := readZipFile(f)
		if err != nil {
			return nil, err
		}
		cs, err := stringCells(b)
		if err != nil {
			return nil, fmt.Errorf("%s：%w", f.Name, err)
		}
		for _, c := range cs {
			if c.index < 0 || c.index >= len(items) {
				return nil, fmt.Errorf("%s：共享字符串序号 %d 超出范围", f.Name, c.index)
			}
			used[c.index] = true
		}
		refs += len(cs)
		sheets[f.Name], cells[f.Name] = b, cs
	}
	renum := make([]int, len(items))
	kept := 0
	for i, u := range used {
		renum[i] = kept
		if u {
			kept++
		}
	}
	if kept == len(items) {
		return src, nil
	}
	var out bytes.Buffer
	zw := newZip(&out, 5)
	for _, f := range zr.File {
		var b []byte
		switch {
		case f.Name == sstPart:
			b = newSST(head, items, used, tail, refs, kept)
		case len(cells[f.Name]) > 0:
			b = renumberCells(sheets[f.Name], cells[f.Name], renum)
		default:
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		h := f.FileHeader
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(b); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// setCounts sets the count and uniqueCount attributes of the table's
// root element in head.
func setCounts(head []byte, count, unique int) []byte {
	s := string(head)
	for _, a := range []struct {
		name string
		n    int
	}{{"count", count}, {"uniqueCount", unique}} {
		k := strings.Index(s, " "+a.name+`="`)
		if k < 0 {
			continue
		}
		v := k + len(a.name) + 3
		e := strings.IndexByte(s[v:], '"')
		if e < 0 {
			continue
		}
		s = s[:v] + strconv.Itoa(a.n) + s[v+e:]
	}
	return []byte(s)
}

func newSST(head []byte, items [][]byte, used []bool, tail []byte, refs, kept int) []byte {
	var b bytes.Buffer
	b.Write(setCounts(head, refs, kept))
	for i, it := range items {
		if used[i] {
			b.Write(it)
		}
	}
	b.Write(tail)
	return b.Bytes()
}

func renumberCells(b []byte, cells []stringCell, renum []int) []byte {
	var out bytes.Buffer
	out.Grow(len(b))
	at := 0
	for _, c := range cells {
		out.Write(b[at:c.start])
		out.WriteString(strconv.Itoa(renum[c.index]))
		at = c.end
	}
	out.Write(b[at:])
	return out.Bytes()
}

package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/klauspost/compress/flate"
)

// Workbooks zipped with reused deflaters are the bytes a zip writer with
// fresh ones writes, part after part and workbook after workbook, and
// read back with the standard library.
func TestPooledZipSameBytes(t *testing.T) {
	parts := func(n int) map[string]string {
		m := map[string]string{}
		for i := range 6 {
			m[fmt.Sprintf("xl/part%d.xml", i)] = strings.Repeat(fmt.Sprintf("<c r=\"A%d\">任务%d</c>", i, n*i), 200*(i+1))
		}
		return m
	}
	type zw interface {
		Create(string) (io.Writer, error)
		Close() error
	}
	write := func(z zw, m map[string]string) {
		for i := range 6 {
			name := fmt.Sprintf("xl/part%d.xml", i)
			w, err := z.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(w, m[name])
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for n := range 5 {
		var fresh, pooled, fast bytes.Buffer
		zf := zip.NewWriter(&fresh)
		zf.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, 5) })
		write(zf, parts(n))
		write(pooledZip(&pooled, 5), parts(n))
		if !bytes.Equal(fresh.Bytes(), pooled.Bytes()) {
			t.Fatalf("workbook %d: pooled deflaters wrote other bytes than fresh ones", n)
		}
		write(pooledZip(&fast, flate.BestSpeed), parts(n))
		for _, b := range []*bytes.Buffer{&pooled, &fast} {
			r, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range r.File {
				rc, _ := f.Open()
				got, err := io.ReadAll(rc)
				if err != nil || string(got) != parts(n)[f.Name] {
					t.Fatalf("workbook %d: %s does not read back (%v)", n, f.Name, err)
				}
			}
		}
	}
}

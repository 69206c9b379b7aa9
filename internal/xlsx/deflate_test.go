package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"testing"
)

// Workbooks zipped with reused deflaters are the bytes archive/zip writes
// with fresh ones, part after part and workbook after workbook.
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
		write(zip.NewWriter(&fresh), parts(n))
		write(pooledZip(&pooled, 5), parts(n))
		if !bytes.Equal(fresh.Bytes(), pooled.Bytes()) {
			t.Fatalf("workbook %d: pooled deflaters wrote other bytes than archive/zip", n)
		}
		write(pooledZip(&fast, flate.BestSpeed), parts(n))
		r, err := zip.NewReader(bytes.NewReader(fast.Bytes()), int64(fast.Len()))
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

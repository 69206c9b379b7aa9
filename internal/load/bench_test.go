package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLoadDefault measures reading the repository's default data.
func BenchmarkLoadDefault(b *testing.B) {
	data, err := os.ReadFile("../../data/xuechuang.yaml")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Bytes("xuechuang.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// benchFile writes a JSON file for a benchmark: a list under "Records" of n
// objects with the given number of fields of about 60 bytes of Chinese.
func benchFile(b *testing.B, n, fields int) (string, int64) {
	var sb strings.Builder
	sb.WriteString(`{"Records": [`)
	for i := range n {
		if i > 0 {
			sb.WriteString(",\n")
		}
		sb.WriteString("{")
		for f := range fields {
			if f > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, `"Field%02d": "关于开展第%d次安全生产大检查的通知，请各单位认真组织"`, f, i)
		}
		sb.WriteString("}")
	}
	sb.WriteString("]}")
	path := filepath.Join(b.TempDir(), "data.json")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, int64(sb.Len())
}

// BenchmarkRawTable reads a 10 000-row, 5-column table, as render --raw
// does for the peers' W1 workload.
func BenchmarkRawTable(b *testing.B) {
	path, size := benchFile(b, 10000, 5)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Raw(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEachJSON streams 1000 records of 21 fields, as render --each
// does for the peers' W2 mail merge.
func BenchmarkEachJSON(b *testing.B) {
	path, size := benchFile(b, 1000, 21)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n, ok, err := EachJSON(path, []string{"Records"}, func(any) error { return nil })
		if !ok || err != nil || n != 1000 {
			b.Fatal(n, ok, err)
		}
	}
}

// BenchmarkCountJSON counts the records BenchmarkEachJSON decodes, as
// render --each does first when the file names need only the count.
func BenchmarkCountJSON(b *testing.B) {
	path, size := benchFile(b, 1000, 21)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if n, ok := CountJSON(path, []string{"Records"}); !ok || n != 1000 {
			b.Fatal(n, ok)
		}
	}
}

package load

import (
	"os"
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

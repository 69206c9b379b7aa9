package funcs

import "testing"

func BenchmarkMap(b *testing.B) {
	for b.Loop() {
		Map(Options{Date: exampleDate})
	}
}

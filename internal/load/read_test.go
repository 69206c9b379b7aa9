package load

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadAll(t *testing.T) {
	long := strings.Repeat("数据", 700) // more than 512 bytes
	tests := []struct {
		name string
		r    io.Reader
		size int64
		want string
	}{
		{"empty", strings.NewReader(""), 1, ""},
		{"size plus one, as readFile asks", strings.NewReader(long), int64(len(long)) + 1, long},
		{"exact size", strings.NewReader(long), int64(len(long)), long},
		{"grew since the stat", strings.NewReader(long), 10, long},
		{"no size known", strings.NewReader(long), 0, long},
		{"one byte a read", iotest.OneByteReader(strings.NewReader(long)), int64(len(long)) + 1, long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(tt.r, tt.size)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, []byte(tt.want)) {
				t.Errorf("got %d bytes, want %d", len(got), len(tt.want))
			}
		})
	}
	// The buffer is not reallocated when the size was right: no doubling at the end.
	data, _ := readAll(strings.NewReader(long), int64(len(long))+1)
	if cap(data) != len(long)+1 {
		t.Errorf("cap = %d, want %d (grown)", cap(data), len(long)+1)
	}
	boom := errors.New("boom")
	if _, err := readAll(iotest.TimeoutReader(strings.NewReader(long)), 100); err == nil {
		t.Error("a failing reader: no error")
	}
	if _, err := readAll(iotest.ErrReader(boom), 100); !errors.Is(err, boom) {
		t.Errorf("err = %v, want %v", err, boom)
	}
}

package load

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

// maxFileSize returns the largest data file accepted. It is set by what
// this machine can hold rather than by what data files usually are (a few
// tens of kilobytes; a 100 000-row table as JSON is 21 MB): decoded, a file
// takes up to about eight times its size in memory, so the limit is an
// eighth of the memory available when the program starts, within 64 MiB
// and 4 GiB.
func maxFileSize() int64 {
	if testFileLimit > 0 {
		return testFileLimit
	}
	return machineFileLimit()
}

var testFileLimit int64 // set by tests

var machineFileLimit = sync.OnceValue(func() int64 {
	const lo, hi = 64 << 20, 4 << 30
	return min(max(availableMemory()/8, lo), hi)
})

// AvailableMemory is the memory this machine has free for a new program:
// MemAvailable of /proc/meminfo, or 2 GiB where there is no such file.
func AvailableMemory() int64 { return availableMemory() }

func availableMemory() int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 2 << 30
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil && kb > 0 {
				return kb << 10
			}
		}
	}
	return 2 << 30
}

// tooLarge says that a file is over the limit and why there is one.
func tooLarge(n int64) string {
	return fmt.Sprintf("文件过大（%s），超过本机可处理的 %s 上限（按可用内存的八分之一计）；数据文件通常只有几十 KB，请确认选对了文件",
		size(n), size(maxFileSize()))
}

// signatures of binary files a user may pick by mistake, with what to say.
var signatures = []struct {
	magic string
	what  string
}{
	{"PK\x03\x04", "一个 zip 压缩包（Word .docx 或 Excel .xlsx 文件？）"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "一个旧版 Office 文件（.doc 或 .xls？）"},
	{"%PDF", "一个 PDF 文件"},
	{"\x89PNG", "一张 PNG 图片"},
	{"\xFF\xD8\xFF", "一张 JPEG 图片"},
}

// decodeText turns the bytes of a file into UTF-8 text. It strips a UTF-8
// byte order mark, converts UTF-16 (with a mark) and GB18030/GBK, and
// refuses binary files. Conversions are reported as warnings so the user
// knows the file is not in the recommended encoding.
func decodeText(file string, data []byte) ([]byte, Diagnostics, *Diagnostic) {
	fail := func(line, col int, format string, a ...any) ([]byte, Diagnostics, *Diagnostic) {
		return nil, nil, &Diagnostic{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, a...)}
	}
	if int64(len(data)) > maxFileSize() {
		return fail(0, 0, "%s", tooLarge(int64(len(data))))
	}
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return fail(0, 0, "这是%s，不是 YAML 或 JSON 数据文件", s.what)
		}
	}
	var warns Diagnostics
	switch {
	case bytes.HasPrefix(data, []byte("\xFF\xFE\x00\x00")), bytes.HasPrefix(data, []byte("\x00\x00\xFE\xFF")):
		return fail(0, 0, "文件为 UTF-32 编码，不支持；请另存为 UTF-8")
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		dec := utf16.UTF16(utf16.BigEndian, utf16.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return fail(0, 0, "文件带有 UTF-16 标记，但内容不是有效的 UTF-16；请另存为 UTF-8")
		}
		data = out
		warns = append(warns, Diagnostic{File: file, Warning: true,
			Msg: "文件为 UTF-16 编码，已转换为 UTF-8 读取；建议另存为 UTF-8"})
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := byteLineCol(data, i)
		return fail(line, col, "文件含有 NUL 字节，看起来是二进制文件（或不带标记的 UTF-16 文件），不是 YAML 或 JSON 文本")
	}
	if utf8.Valid(data) {
		return data, warns, nil
	}
	bad := firstInvalidUTF8(data)
	line, col := byteLineCol(data, bad)
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) || looksMojibake(out) {
		// Mostly UTF-8 with a broken byte decodes as GB18030 into
		// mojibake: name the broken byte instead of guessing.
		return fail(line, col, "第 %d 行含有无效的 UTF-8 字节，无法识别文件编码；请用编辑器另存为 UTF-8", line)
	}
	warns = append(warns, Diagnostic{File: file, Warning: true,
		Msg: "文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取并转换；建议另存为 UTF-8"})
	return out, warns, nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// byteLineCol turns a byte offset into a 1-based line and character column.
func byteLineCol(b []byte, off int) (line, col int) {
	off = min(off, len(b))
	line = 1 + bytes.Count(b[:off], []byte("\n"))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	col = 1 + utf8.RuneCount(b[start:off])
	return line, col
}

func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

// mojibake returns the text a line was meant to be when it looks like UTF-8
// that was read as GBK and saved again as UTF-8 ("瀵逛笉璧凤紝" for "对不起，"),
// which is what scraped pages and mixed-up editors produce. Encoding such a
// line back to GBK yields valid UTF-8 with Chinese in it; for genuine
// Chinese text that almost never happens, because GBK byte pairs rarely form
// UTF-8 sequences.
func mojibake(line string) (string, bool) {
	nonASCII := 0
	for _, r := range line {
		if r >= utf8.RuneSelf {
			nonASCII++
		}
	}
	if nonASCII < 4 {
		return "", false
	}
	enc, err := simplifiedchinese.GBK.NewEncoder().String(line)
	if err != nil {
		return "", false
	}
	// Count the high bytes that form valid UTF-8 sequences; the last
	// character of a line is often cut in half, so allow a little slack.
	good, high := 0, 0
	var fixed strings.Builder
	for i := 0; i < len(enc); {
		r, n := utf8.DecodeRuneInString(enc[i:])
		if r == utf8.RuneError && n <= 1 {
			high++
			i++
			continue
		}
		if r >= utf8.RuneSelf {
			good += n
			high += n
		}
		fixed.WriteRune(r)
		i += n
	}
	if high == 0 || float64(good)/float64(high) < 0.85 {
		return "", false
	}
	// What comes back must be Chinese: GBK pairs of genuine text that
	// happen to form UTF-8 give stray Hebrew, Greek or combining marks.
	han, other := 0, 0
	for _, r := range fixed.String() {
		switch {
		case unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF:
			han++
		case r >= utf8.RuneSelf:
			other++
		}
	}
	if han < 2 || han < 4*other {
		return "", false
	}
	return fixed.String(), true
}

// looksMojibake reports whether most non-ASCII lines of a text are mojibake.
func looksMojibake(text []byte) bool {
	lines, bad := 0, 0
	for _, l := range strings.Split(string(text), "\n") {
		if !hasNonASCII(l) {
			continue
		}
		lines++
		if _, ok := mojibake(l); ok {
			bad++
		}
	}
	return lines > 0 && bad*2 > lines
}

func hasNonASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mojibakeBudget bounds the bytes of lines mojibakeWarnings checks one by
// one: the check costs about 17 ns a byte (a GBK round trip), a few
// milliseconds for a data file of the usual size but a third of the load
// time of a 20 MB one. Past the budget one line in mojibakeStride is
// checked: a mixed-up editor garbles a file throughout, not one line in it.
const (
	mojibakeBudget = 1 << 20
	mojibakeStride = 16
)

// mojibakeWarnings warns about each line that looks like mojibake.
func mojibakeWarnings(file string, text []byte) Diagnostics {
	var out Diagnostics
	checked := 0
	rest := text
	for i := 0; len(rest) > 0; i++ {
		var line []byte
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			line, rest = rest, nil
		}
		if !hasNonASCIIBytes(line) {
			continue
		}
		if checked > mojibakeBudget && i%mojibakeStride != 0 {
			continue
		}
		checked += len(line)
		l := string(line)
		fixed, ok := mojibake(strings.TrimRight(l, "\r"))
		if !ok {
			continue
		}
		col := 1
		for _, r := range l {
			if r >= utf8.RuneSelf {
				break
			}
			col++
		}
		// Show the recovered text from where the mojibake starts.
		if r := []rune(fixed); col-1 <= len(r) {
			fixed = string(r[col-1:])
		}
		out = append(out, Diagnostic{File: file, Line: i + 1, Col: col, Warning: true,
			Msg: fmt.Sprintf("此行疑似乱码（UTF-8 文字被当作 GBK 读取后又保存），原文可能是“%s”；请核对", clip(strings.TrimSpace(fixed), 30))})
	}
	return out
}

// clip shortens s to n characters for a message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

package opc

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// ErrUnsafeXML is wrapped by the error Check gives for a part that declares
// a document type or entities: no Office program writes one, and entities
// are how XML is turned against its reader (external files, billion laughs).
var ErrUnsafeXML = errors.New("XML 中含有文档类型或实体声明")

// PartError is a problem of one XML part, at a line and column.
type PartError struct {
	Part      string
	Line, Col int // 1-based; 0 when the problem is the whole part
	Msg       string
	Err       error // ErrUnsafeXML, or nil
}

func (e *PartError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("部件 %s 第 %d 行第 %d 列：%s", e.Part, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("部件 %s：%s", e.Part, e.Msg)
}

func (e *PartError) Unwrap() error { return e.Err }

// Check is the one test every package from a user passes, in the CLI and
// in serve alike, before an engine reads it: the main part must be there
// (main names it, e.g. "word/document.xml"; "" skips that test), and every
// XML part must be well-formed UTF-8 XML without a DOCTYPE or entity
// declaration. Parts in another encoding are refused rather than guessed
// at: Word and WPS always write UTF-8, so another encoding means the file
// was made or edited by something else.
func (p *Package) Check(main string) error {
	if main != "" && !p.Has(main) {
		return &PartError{Part: main, Msg: "缺少这个主体部件，文件不完整或不是这种文档"}
	}
	for _, name := range p.Names() {
		switch strings.ToLower(path.Ext(name)) {
		case ".xml", ".rels", ".vml":
		default:
			continue
		}
		pt := p.index[name]
		k := pt.key()
		if checked.has(k) {
			continue
		}
		data, err := p.Read(name)
		if err != nil {
			return err
		}
		if err := CheckXML(name, data); err != nil {
			return err
		}
		checked.add(k)
	}
	return nil
}

// The regular expressions of this file are compiled on first use: at
// start-up they cost every command, `gongwen version` included.
var encodingRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']`)
})

// CheckXML checks one XML part as Check does.
func CheckXML(name string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		return &PartError{Part: name, Msg: "编码是 UTF-16，只接受 UTF-8 编码的部件；请用 Word 或 WPS 打开后另存"}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if m := encodingRE().FindSubmatch(data); m != nil {
		if enc := strings.ToUpper(string(m[1])); enc != "UTF-8" && enc != "UTF8" {
			return &PartError{Part: name, Line: 1, Col: 1,
				Msg: fmt.Sprintf("声明的编码是 %s，只接受 UTF-8 编码的部件；请用 Word 或 WPS 打开后另存", m[1])}
		}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		line, col := position(data, off)
		return &PartError{Part: name, Line: line, Col: col, Msg: "含有不是 UTF-8 的字节（文件损坏，或用了其他编码）"}
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	// RawToken and a stack of the open elements' names, rather than
	// Token: Token also resolves every name's namespace and copies the
	// attributes, which nothing here needs — it took half the time of
	// checking a template, and checking was a sixth of a build's. The
	// stack gives Token's errors, at the same place: end tags matched to
	// start tags, and an element left open at the end.
	var open []xml.Name
	for {
		tok, err := d.RawToken()
		if err == io.EOF && len(open) > 0 {
			err = errors.New("unexpected EOF")
		}
		if err == io.EOF {
			return nil
		}
		if err == nil {
			switch t := tok.(type) {
			case xml.StartElement:
				open = append(open, t.Name)
			case xml.EndElement:
				err = closeElement(&open, t.Name)
			}
		}
		if err != nil {
			line, col := d.InputPos()
			return &PartError{Part: name, Line: line, Col: col, Msg: xmlMessage(err)}
		}
		if dir, ok := tok.(xml.Directive); ok {
			line, col := d.InputPos()
			word := strings.Fields(string(dir) + " ")[0]
			return &PartError{Part: name, Line: line, Col: col, Err: ErrUnsafeXML,
				Msg: fmt.Sprintf("含有 <!%s …> 声明；Office 文档不会有它，它可被用来读取服务器文件或耗尽内存，拒绝读取", word)}
		}
	}
}

// closeElement pops the element an end tag closes, with the message
// encoding/xml's Token gives when it is not the one open.
func closeElement(open *[]xml.Name, end xml.Name) error {
	n := len(*open)
	if n == 0 {
		return errors.New("unexpected end element </" + end.Local + ">")
	}
	start := (*open)[n-1]
	*open = (*open)[:n-1]
	switch {
	case start.Local != end.Local:
		return errors.New("element <" + start.Local + "> closed by </" + end.Local + ">")
	case start.Space != end.Space:
		ns := end.Space
		if ns == "" {
			ns = `""`
		}
		return errors.New("element <" + start.Local + "> in space " + start.Space + " closed by </" + end.Local + "> in space " + ns)
	}
	return nil
}

// position turns a byte offset into a 1-based line and column (in
// characters).
func position(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

type xmlMessageRule struct {
	re *regexp.Regexp
	zh string
}

var xmlMessages = sync.OnceValue(func() []xmlMessageRule {
	rules := []struct{ re, zh string }{
		{`^unexpected EOF$`, "XML 在元素结束之前就结束了（文件不完整）"},
		{`^element <(\S+)> closed by </(\S+)>$`, "元素 <$1> 被 </$2> 结束，标签不配对"},
		{`^unexpected end element </(\S+)>$`, "多余的结束标签 </$1>"},
		{`^invalid character entity (.*)$`, "无效的实体引用 $1（实体未定义）"},
		{`^invalid character entity (.*) \(no semicolon\)$`, "实体引用 $1 缺少分号"},
		{`^illegal character code (.*)$`, "含有 XML 不允许的字符 $1"},
		{`^invalid UTF-8$`, "含有不是 UTF-8 的字节"},
		{`^unquoted or missing attribute value in element$`, "属性值没有加引号"},
		{`^attribute name without = in element$`, "属性名后缺少等号"},
		{`^expected element name after <$`, "「<」后面应是元素名"},
		{`^invalid XML name: (.*)$`, "无效的 XML 名称 $1"},
		{`^unescaped < inside quoted string$`, "属性值中有未转义的「<」"},
	}
	out := make([]xmlMessageRule, len(rules))
	for i, r := range rules {
		out[i] = xmlMessageRule{regexp.MustCompile(r.re), r.zh}
	}
	return out
})

// xmlMessage says in Chinese what encoding/xml found wrong.
func xmlMessage(err error) string {
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	for _, m := range xmlMessages() {
		if m.re.MatchString(msg) {
			return "不是合格的 XML：" + m.re.ReplaceAllString(msg, m.zh)
		}
	}
	return "不是合格的 XML（" + msg + "）"
}

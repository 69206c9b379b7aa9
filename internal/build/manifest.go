package build

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"gongwen/internal/spell"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Manifest is a project's gongwen.yaml: which data to read and which
// documents to build from it.
type Manifest struct {
	// Dir is the folder relative paths are resolved against: the
	// manifest's own folder.
	Dir  string
	Name string // the file name, for messages
	Data string // the campaign file
	// Date, when set, is the build date of the project (YYYY-MM-DD): a
	// campaign of a past year is built as of a day of that year, and the
	// output stays byte-identical from one day to the next. --date wins.
	Date time.Time
	// Holidays, when set, names a file of extra holidays and 调休
	// workdays (later years, local rules) for the working-day functions.
	Holidays string
	Out      string  // the output folder
	Outputs  []Entry // what to build, in order
	// Draft marks a trial build (gongwen build --draft): a 发文字号 the
	// register does not hold yet is printed blank, 鄂学创办〔2013〕　　号,
	// as on a draft going to 核稿, not as the number it would get.
	Draft bool
}

// Entry asks for one kind of output. Template, when set, names a customised
// template file (relative to the manifest) used instead of the built-in one;
// Only restricts a kind that yields several documents to the given ids.
type Entry struct {
	Kind     string
	Template string
	Only     []string
	Line     int // where the entry stands in the manifest, for messages
}

//go:embed default.yaml
var defaultManifest []byte

// DefaultManifest returns the manifest used when a project has no
// gongwen.yaml: the seed campaign's whole document set.
func DefaultManifest() []byte { return bytes.Clone(defaultManifest) }

// ManifestError is a problem in a manifest, with its place.
type ManifestError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *ManifestError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// ReadManifest reads the manifest at path. A missing file is not an
// error when path is the default name: the default manifest is used, with
// paths relative to the folder of path.
func ReadManifest(path string, mustExist bool) (*Manifest, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) && !mustExist {
		return ParseManifest(filepath.Dir(path), "（内置清单）", defaultManifest)
	}
	if err != nil {
		return nil, fmt.Errorf("读取构建清单：%w", err)
	}
	return ParseManifest(filepath.Dir(path), path, src)
}

// ParseManifest parses manifest text. Every problem is reported, joined.
func ParseManifest(dir, name string, src []byte) (*Manifest, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, &ManifestError{File: name, Line: 1, Col: 1, Msg: "YAML 格式错误：" + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	m := &Manifest{Dir: dir, Name: name, Data: "data/xuechuang.yaml", Out: "out"}
	var errs []error
	bad := func(n *yaml.Node, format string, a ...any) {
		errs = append(errs, &ManifestError{File: name, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, a...)})
	}
	if len(doc.Content) == 0 {
		return nil, &ManifestError{File: name, Line: 1, Col: 1, Msg: "构建清单为空"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		bad(root, "构建清单应为键值映射（data、out、outputs）")
		return nil, errors.Join(errs...)
	}
	scalar := func(n *yaml.Node, key string) string {
		if n.Kind != yaml.ScalarNode {
			bad(n, "%s 应为文字", key)
			return ""
		}
		return n.Value
	}
	hasOutputs := false
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "data":
			m.Data = scalar(v, "data")
		case "out":
			m.Out = scalar(v, "out")
		case "holidays":
			m.Holidays = scalar(v, "holidays")
		case "date":
			d, err := time.Parse(time.DateOnly, scalar(v, "date"))
			if err != nil {
				bad(v, "date 应为 YYYY-MM-DD 形式的日期，实际为“%s”", v.Value)
			}
			m.Date = d
		case "outputs":
			hasOutputs = true
			if v.Kind != yaml.SequenceNode {
				bad(v, "outputs 应为列表")
				continue
			}
			if len(v.Content) == 0 {
				bad(v, "outputs 为空：一个文件也不会生成；写出要生成的文种（可选：%s），或删去 outputs 一项以生成全部文种", kindNames())
				continue
			}
			m.Outputs = nil
			for _, item := range v.Content {
				if e, ok := parseEntry(item, bad, scalar); ok {
					m.Outputs = append(m.Outputs, e)
				}
			}
		default:
			bad(k, "未知的键“%s”%s", k.Value, suggest(k.Value, []string{"data", "out", "date", "holidays", "outputs"}))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if !hasOutputs {
		// A manifest that only sets data, out or date builds what the
		// built-in one does: every kind (it built nothing, silently).
		for _, k := range Kinds() {
			m.Outputs = append(m.Outputs, Entry{Kind: k.Name, Line: root.Line})
		}
	}
	return m, nil
}

func parseEntry(item *yaml.Node, bad func(*yaml.Node, string, ...any), scalar func(*yaml.Node, string) string) (Entry, bool) {
	e := Entry{Line: item.Line}
	if item.Kind == yaml.ScalarNode { // "- plan" is short for "- kind: plan"
		e.Kind = item.Value
	} else if item.Kind != yaml.MappingNode {
		bad(item, "outputs 的每一项应为文种名称或键值映射")
		return e, false
	}
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		switch k.Value {
		case "kind":
			e.Kind = scalar(v, "kind")
		case "template":
			e.Template = scalar(v, "template")
		case "only":
			if v.Kind != yaml.SequenceNode {
				bad(v, "only 应为文件 id 列表")
				continue
			}
			for _, id := range v.Content {
				e.Only = append(e.Only, scalar(id, "only"))
			}
		default:
			bad(k, "未知的键“%s”%s", k.Value, suggest(k.Value, []string{"kind", "template", "only"}))
		}
	}
	if e.Kind == "" {
		bad(item, "缺少 kind（文种），可选：%s", kindNames())
		return e, false
	}
	name, ok := kindName(e.Kind)
	if !ok {
		var names []string
		for _, k := range Kinds() {
			names = append(names, k.Name, k.Label)
		}
		bad(item, "未知的文种“%s”%s（可选：%s）", e.Kind, suggest(e.Kind, names), kindNames())
		return e, false
	}
	e.Kind = name
	return e, true
}

// kindName gives the manifest's word for a kind named by that word or by
// what a clerk calls it (通知, 督办通知): the other commands take both, so a
// manifest does too.
func kindName(s string) (string, bool) {
	for _, k := range Kinds() {
		if k.Name == s || k.Label == s {
			return k.Name, true
		}
	}
	return "", false
}

func kindNames() string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, k.Label+"（"+k.Name+"）")
	}
	return strings.Join(names, "、")
}

// suggest returns "，您是不是要写 “x”？" for the closest candidate, or "".
func suggest(got string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := spell.Distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("，您是不是要写“%s”？", best)
}

// Path resolves p against the manifest's folder.
func (m *Manifest) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(m.Dir, p)
}

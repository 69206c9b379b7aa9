package load

import (
	"fmt"
	"gongwen/internal/spell"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"gongwen/internal/cn"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// MaxDepth is the deepest nesting of mappings and lists accepted. The model
// needs about a dozen levels; deeper input is a mistake or an attack.
const MaxDepth = 64

var (
	timeType   = reflect.TypeOf(time.Time{})
	periodType = reflect.TypeOf(period.Period{})
)

// requiredKeys names, per type, the keys the JSON Schema marks as required
// so that editors flag them; the loader leaves these checks to
// (*model.Campaign).Check, which also knows about empty values.
//
// They are exactly the keys Check reports as missing (besides id, which
// every item with one must have): TestRequiredIsWhatCheckRequires holds
// the two together, so an editor warns of what validate would refuse and
// of nothing else.
var requiredKeys = map[reflect.Type][]string{
	reflect.TypeOf(model.Campaign{}):      {"name", "year"},
	reflect.TypeOf(model.Organ{}):         {"name"},
	reflect.TypeOf(model.Unit{}):          {"name"},
	reflect.TypeOf(model.Group{}):         {"name"},
	reflect.TypeOf(model.Activity{}):      {"name"},
	reflect.TypeOf(model.Phase{}):         {"name", "period"},
	reflect.TypeOf(model.Category{}):      {"name"},
	reflect.TypeOf(model.Task{}):          {"title"},
	reflect.TypeOf(model.Cadence{}):       {"name", "every"},
	reflect.TypeOf(model.Meeting{}):       {"name", "date"},
	reflect.TypeOf(model.Decision{}):      {"text"},
	reflect.TypeOf(model.BriefingTheme{}): {"period", "theme"},
	reflect.TypeOf(model.Briefing{}):      {"number", "date"},
	reflect.TypeOf(model.Article{}):       {"title"},
	reflect.TypeOf(model.Document{}):      {"title", "kind"},
	reflect.TypeOf(model.Attachment{}):    {"title"},
	reflect.TypeOf(model.Requirement{}):   {"title", "text"},
	reflect.TypeOf(model.Note{}):          {"date", "text"},
	reflect.TypeOf(model.Figure{}):        {"label", "value"},
	reflect.TypeOf(model.DocNoEntry{}):    {"doc_no"},
}

// fieldInfo describes one key of a struct in the data file.
type fieldInfo struct {
	key      string
	index    int
	elem     reflect.Type // the struct a mapping, list or pointer field holds, or nil
	title    string
	desc     string
	enum     []string
	required bool
}

type structInfo struct {
	fields []*fieldInfo
	byKey  map[string]*fieldInfo
}

var structCache sync.Map // reflect.Type → *structInfo

// infoOf reads the yaml, title, description and enum tags of a struct type.
func infoOf(t reflect.Type) *structInfo {
	if si, ok := structCache.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{byKey: map[string]*fieldInfo{}}
	req := map[string]bool{}
	for _, k := range requiredKeys[t] {
		req[k] = true
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if key == "-" {
			continue
		}
		if key == "" {
			key = strings.ToLower(f.Name)
		}
		elem := f.Type
		for elem.Kind() == reflect.Pointer || elem.Kind() == reflect.Slice {
			elem = elem.Elem()
		}
		if elem.Kind() != reflect.Struct || elem == timeType || elem == periodType {
			elem = nil
		}
		fi := &fieldInfo{key: key, index: i, elem: elem, title: f.Tag.Get("title"), desc: f.Tag.Get("description"),
			required: req[key] || key == "id"}
		if e := f.Tag.Get("enum"); e != "" {
			fi.enum = strings.Split(e, ",")
		}
		si.fields = append(si.fields, fi)
		si.byKey[key] = fi
	}
	structCache.Store(t, si)
	return si
}

// decoder fills a value from YAML nodes, collecting every problem. It
// records the node of every path so that problems found later (model
// checks) can be placed.
type decoder struct {
	file     string
	diags    Diagnostics
	pos      map[string]*yaml.Node // value node of each path
	bad      []string              // paths with a decoding error
	visited  int                   // nodes visited, aliases expanded
	budget   int
	bytes    int64 // text of the scalars visited, aliases expanded
	maxBytes int64
	alias    *yaml.Node // outermost alias (or merge key) being expanded
	stop     bool       // a limit was hit: give up quietly
}

func newDecoder(file string, doc *yaml.Node, textSize int) *decoder {
	n := countNodes(doc, 0)
	return &decoder{file: file, pos: map[string]*yaml.Node{}, budget: 4*n + 10000,
		maxBytes: min(4*int64(textSize)+1<<20, maxFileSize())}
}

// countNodes counts the nodes of the tree without expanding aliases.
func countNodes(n *yaml.Node, depth int) int {
	if n == nil || depth > 10000 {
		return 0
	}
	c := 1
	for _, ch := range n.Content {
		c += countNodes(ch, depth+1)
	}
	return c
}

func (d *decoder) errorf(n *yaml.Node, path, format string, a ...any) {
	d.diags = append(d.diags, Diagnostic{File: d.file, Line: n.Line, Col: n.Column, Path: path, Msg: fmt.Sprintf(format, a...)})
	d.bad = append(d.bad, path)
}

// enter resolves an alias and applies the limits; it returns nil when the
// node must not be decoded.
func (d *decoder) enter(n *yaml.Node, path string, depth int) *yaml.Node {
	if d.stop {
		return nil
	}
	// Inside an alias or a merge, place the path at the use site: the
	// model's checks (a duplicate id, say) concern the copy, not the anchor.
	if d.alias != nil {
		d.pos[path] = d.alias
	} else {
		d.pos[path] = n
	}
	d.visited++
	if d.visited > d.budget {
		at := n
		if d.alias != nil {
			at = d.alias
		}
		d.errorf(at, clip(path, 40), "别名展开后的内容过多（超过 %d 个节点），疑似“别名炸弹”，已拒绝读取", d.budget)
		d.stop = true
		return nil
	}
	if depth > MaxDepth {
		d.errorf(n, clip(path, 40), "嵌套超过 %d 层，已拒绝读取", MaxDepth)
		d.stop = true
		return nil
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			d.errorf(n, path, "别名 *%s 没有对应的锚点", n.Value)
			return nil
		}
		if !d.expand(n.Alias, n, path) {
			return nil
		}
		return n.Alias
	}
	if !d.expand(n, n, path) {
		return nil
	}
	return n
}

// expand counts the text of a scalar at its expanded size: a long string
// repeated through aliases weighs what its copies weigh (a 3 MB file
// repeating 1 MB through 300 aliases would be 300 MB of data), which the
// node count above does not see. The bound is four times the text plus
// 1 MiB, as generous as the node budget, and never above the size limit.
func (d *decoder) expand(n, site *yaml.Node, path string) bool {
	if n.Kind != yaml.ScalarNode {
		return true
	}
	d.bytes += int64(len(n.Value))
	if d.bytes <= d.maxBytes {
		return true
	}
	at := site // the alias itself, or the outermost one being expanded
	if d.alias != nil {
		at = d.alias
	}
	d.errorf(at, clip(path, 40), "别名展开后的文字过多（超过 %s），疑似“别名炸弹”，已拒绝读取", size(d.maxBytes))
	d.stop = true
	return false
}

// value decodes n into v. fi describes the field (for messages and enums);
// it is nil for the root.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string, depth int, fi *fieldInfo) {
	orig := n
	if n = d.enter(n, path, depth); n == nil {
		return
	}
	if orig.Kind == yaml.AliasNode && d.alias == nil {
		d.alias = orig
		defer func() { d.alias = nil }()
	}
	d.resolved(n, v, path, depth, fi)
}

// resolved decodes a node that is not an alias.
func (d *decoder) resolved(n *yaml.Node, v reflect.Value, path string, depth int, fi *fieldInfo) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		// An empty value leaves the zero value; (*model.Campaign).Check
		// reports the values that must not be empty.
		return
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer:
		p := reflect.New(t.Elem())
		before := len(d.diags)
		d.resolved(n, p.Elem(), path, depth, fi)
		if len(d.diags) == before {
			v.Set(p)
		}
	case t == timeType:
		if n.Kind != yaml.ScalarNode {
			d.typeError(n, path, "日期（YYYY-MM-DD）")
			return
		}
		if tm, msg := parseDate(n.Value); msg != "" {
			d.errorf(n, path, "%s", msg)
		} else {
			v.Set(reflect.ValueOf(tm))
		}
	case t == periodType:
		if n.Kind != yaml.ScalarNode {
			d.typeError(n, path, "期限文字（如 2月中旬、3月初-11月底）")
			return
		}
		// The text is parsed with the campaign year by
		// (*model.Campaign).ResolvePeriods once the year is known, and
		// Check reports the texts that do not parse.
		v.Set(reflect.ValueOf(period.Period{Text: strings.TrimSpace(n.Value)}))
	case t.Kind() == reflect.Struct:
		d.structure(n, v, path, depth)
	case t.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.typeError(n, path, "列表（每项以“- ”开头，或写作 [a, b]）")
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, el := range n.Content {
			d.value(el, s.Index(i), fmt.Sprintf("%s[%d]", path, i), depth+1, fi)
			if d.stop {
				return
			}
		}
		v.Set(s)
	case t.Kind() == reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.typeError(n, path, "字符串")
			return
		}
		s := n.Value
		if fi != nil && len(fi.enum) > 0 && !contains(fi.enum, s) {
			msg := fmt.Sprintf("%s“%s”不是可选的值（可选：%s）", nonEmpty(fi.title, fi.key), clip(s, 30), strings.Join(fi.enum, "、"))
			sug := closest(s, fi.enum)
			if t == reflect.TypeFor[model.Status]() {
				// 进行中 is no edit away from 推进中, but it is what it means.
				if v, ok := model.NearStatus(s); ok {
					sug = string(v)
				}
			}
			if sug != "" {
				msg += fmt.Sprintf("，您是不是要写“%s”？", sug)
			}
			d.errorf(n, path, "%s", msg)
			return
		}
		v.SetString(s)
	case t.Kind() == reflect.Int:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			d.typeError(n, path, "整数")
			return
		}
		i, err := strconv.ParseInt(n.Value, 0, 64)
		if err != nil || int64(int(i)) != i {
			d.errorf(n, path, "整数“%s”超出范围", clip(n.Value, 30))
			return
		}
		v.SetInt(i)
	case t.Kind() == reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.typeError(n, path, "布尔值（true 或 false）")
			return
		}
		b, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err != nil {
			d.typeError(n, path, "布尔值（true 或 false）")
			return
		}
		v.SetBool(b)
	case t.Kind() == reflect.Float64 || t.Kind() == reflect.Float32:
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
			d.typeError(n, path, "数字")
			return
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil {
			var g float64
			if n.Decode(&g) != nil {
				d.typeError(n, path, "数字")
				return
			}
			f = g
		}
		v.SetFloat(f)
	case t.Kind() == reflect.Map && t.Key().Kind() == reflect.String:
		if n.Kind != yaml.MappingNode {
			d.typeError(n, path, "键值对（映射）")
			return
		}
		m := reflect.MakeMapWithSize(t, len(n.Content)/2)
		explicit, merged := d.pairs(n, path, depth)
		seen := map[string]int{}
		for _, p := range append(explicit, merged...) {
			if p.k.Kind != yaml.ScalarNode {
				d.errorf(p.k, path, "键应为字符串，实际为%s", describe(p.k))
				continue
			}
			if line, dup := seen[p.k.Value]; dup {
				if !isMergedPair(p, merged) {
					d.errorf(p.k, join(path, p.k.Value), "键“%s”重复（第 %d 行已经写过）；同一层中每个键只能写一次", p.k.Value, line)
				}
				continue
			}
			seen[p.k.Value] = p.k.Line
			el := reflect.New(t.Elem()).Elem()
			d.value(p.v, el, join(path, p.k.Value), depth+1, nil)
			m.SetMapIndex(reflect.ValueOf(p.k.Value).Convert(t.Key()), el)
			if d.stop {
				return
			}
		}
		v.Set(m)
	case t.Kind() == reflect.Interface && t.NumMethod() == 0:
		if x := d.raw(n, path, depth); x != nil {
			v.Set(reflect.ValueOf(x))
		}
	default:
		// Only a model field of a kind no data file can hold gets here:
		// a programmer error, reported rather than crashing on user input.
		d.errorf(n, path, "内部错误：无法读取 %s 类型的值，请反馈给开发者", t)
	}
}

// typeError reports a value of the wrong kind: 应为整数，实际为字符串“abc”.
func (d *decoder) typeError(n *yaml.Node, path, want string) {
	hint := ""
	if n.Kind == yaml.MappingNode && len(n.Content) > 0 && strings.HasPrefix(n.Content[0].Value, "-") {
		hint = "；列表项的“-”后面要有空格"
	}
	d.errorf(n, path, "应为%s，实际为%s%s", want, describe(n), hint)
}

// describe names what a node is, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "键值对（映射）"
	case yaml.SequenceNode:
		return "列表"
	case yaml.AliasNode:
		return "别名 *" + n.Value
	}
	v := clip(n.Value, 30)
	switch n.Tag {
	case "!!int":
		return "整数 " + v
	case "!!float":
		return "小数 " + v
	case "!!bool":
		return "布尔值 " + v
	case "!!null":
		return "空值"
	case "!!timestamp":
		return "日期 " + v
	}
	return "字符串“" + v + "”"
}

func isMergedPair(p pair, merged []pair) bool {
	for _, m := range merged {
		if m == p {
			return true
		}
	}
	return false
}

// pair is a key and its value in a mapping, merge keys expanded; via is
// the "<<" key a merged pair came through.
type pair struct{ k, v, via *yaml.Node }

// pairs lists the entries of a mapping. Entries merged in with "<<: *x"
// come after the explicit ones and give way to them.
func (d *decoder) pairs(n *yaml.Node, path string, depth int) (explicit, merged []pair) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			srcs := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				srcs = v.Content
			}
			for _, s := range srcs {
				// The merged mapping is not where path is: keep its place.
				at := d.pos[path]
				s = d.enter(s, path, depth+1)
				d.pos[path] = at
				if s == nil {
					return
				}
				if s.Kind != yaml.MappingNode {
					d.errorf(s, path, "“<<”合并的必须是键值对（映射），实际为%s", describe(s))
					continue
				}
				e, m := d.pairs(s, path, depth+1)
				for _, p := range append(e, m...) {
					if p.via == nil {
						p.via = k
					}
					merged = append(merged, p)
				}
			}
			continue
		}
		explicit = append(explicit, pair{k: k, v: v})
	}
	return explicit, merged
}

// structure decodes a mapping into a struct: unknown keys, duplicate keys
// and missing required keys are errors.
func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string, depth int) {
	if n.Kind != yaml.MappingNode {
		what := "键值对（每行“键: 值”）"
		if path == "" {
			what = "键值对（name: …、year: … 等）"
		}
		d.typeError(n, path, what)
		return
	}
	si := infoOf(v.Type())
	explicit, merged := d.pairs(n, path, depth)
	seen := map[string]*yaml.Node{}
	for _, p := range explicit {
		if p.k.Kind != yaml.ScalarNode {
			d.errorf(p.k, path, "键应为字符串，实际为%s", describe(p.k))
			continue
		}
		key := p.k.Value
		if first, dup := seen[key]; dup {
			d.errorf(p.k, join(path, key), "键“%s”重复（第 %d 行已经写过）；同一层中每个键只能写一次", key, first.Line)
			continue
		}
		seen[key] = p.k
	}
	apply := func(p pair, isMerged bool) {
		if p.k.Kind != yaml.ScalarNode {
			return
		}
		key := p.k.Value
		if isMerged {
			if _, ok := seen[key]; ok {
				return
			}
			seen[key] = p.k
		} else if seen[key] != p.k {
			return // a duplicate, reported above
		}
		fi, ok := si.byKey[key]
		if !ok {
			if path == "" && key == "$schema" {
				return // editors' schema reference in JSON files
			}
			msg, sug := unknownKey(key, v.Type())
			d.errorf(p.k, join(path, key), "%s", msg)
			if sug != "" {
				// The user meant sug: a missing-sug problem from the
				// model checks would only repeat this one.
				d.bad = append(d.bad, join(path, sug))
			}
			return
		}
		if p.via != nil && d.alias == nil {
			d.alias = p.via
			defer func() { d.alias = nil }()
		}
		d.value(p.v, v.Field(fi.index), join(path, key), depth+1, fi)
	}
	for _, p := range explicit {
		if d.stop {
			return
		}
		apply(p, false)
	}
	for _, p := range merged {
		if d.stop {
			return
		}
		apply(p, true)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// unknownKey explains a key the struct does not have, with the closest
// known key ("您是不是要写 …"), or the keys that are allowed here.
func unknownKey(key string, t reflect.Type) (msg, suggestion string) {
	si := infoOf(t)
	keys := make([]string, len(si.fields))
	for i, f := range si.fields {
		keys[i] = f.key
		if f.title != "" && f.title == key {
			return fmt.Sprintf("未知的键“%s”；键要用英文，您是不是要写“%s”（%s）？", key, f.key, f.title), f.key
		}
	}
	if s := closest(strings.ToLower(key), keys); s != "" {
		fi := si.byKey[s]
		if fi.title != "" {
			return fmt.Sprintf("未知的键“%s”，您是不是要写“%s”（%s）？", key, s, fi.title), s
		}
		return fmt.Sprintf("未知的键“%s”，您是不是要写“%s”？", key, s), s
	}
	// A key written one level too high (groups: at the top instead of
	// under office:).
	for _, f := range si.fields {
		if f.elem == nil || f.elem == t {
			continue
		}
		if inner, ok := infoOf(f.elem).byKey[key]; ok {
			return fmt.Sprintf("未知的键“%s”；“%s”（%s）应写在“%s”下面（缩进一层）", key, key, nonEmpty(inner.title, key), f.key), ""
		}
	}
	return fmt.Sprintf("未知的键“%s”；此处可用的键：%s", clip(key, 30), strings.Join(keys, "、")), ""
}

// closest returns the candidate nearest to s by edit distance when it is
// near enough to be a typo: a third of the length, at least one edit.
func closest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		d := spell.Distance(s, c)
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(1, utf8.RuneCountInString(s)/3)
	if bestD <= limit {
		return best
	}
	// A value that contains an option or is contained in it (完成 → 已完成).
	for _, c := range candidates {
		if s != "" && (strings.Contains(s, c) || strings.Contains(c, s)) {
			return c
		}
	}
	return ""
}

// parseDate reads a date: YYYY-MM-DD, or as a clerk also writes one —
// 2013年2月19日, 2013/2/19, 2013.2.19, 2013-2-9 (cn.ParseDate), which
// --date has always taken; the message explains what is wrong.
func parseDate(s string) (time.Time, string) {
	s = strings.TrimSpace(s)
	var y, m, dd int
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &dd); n == 3 {
			if m < 1 || m > 12 {
				return time.Time{}, fmt.Sprintf("日期“%s”无效：没有%d月", s, m)
			}
			last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if dd < 1 || dd > last {
				return time.Time{}, fmt.Sprintf("日期“%s”不存在：%d年%d月只有%d天", s, y, m, last)
			}
			return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), ""
		}
	}
	if strings.ContainsAny(s, "年/.-") && !strings.ContainsAny(s, "T:") {
		t, err := cn.ParseDate(s)
		if err == nil {
			return t, ""
		}
		if strings.Contains(err.Error(), "不存在") {
			return time.Time{}, err.Error()
		}
	}
	return time.Time{}, fmt.Sprintf("日期应写作 YYYY-MM-DD（如 2013-03-15，也可写 2013年3月15日、2013/3/15），实际为“%s”", clip(s, 30))
}

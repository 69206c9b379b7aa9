package cli

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gongwen/internal/docx"
	"gongwen/internal/model"
)

func init() { register(newCmdCheck) }

// checkOptions are the arguments of gongwen check.
type checkOptions struct {
	IO       *IOStreams
	Template string
	Data     string
	Raw      bool
	JSON     bool
	Each     string    // check every item of this list, as render --each renders them
	Kind     string    // check against the fields of this kind of document
	Doc      string    // check against the kind of this document of the data
	date     time.Time // the programme's build date, when Data is its data
}

func newCmdCheck(ios *IOStreams) *cobra.Command {
	opts := &checkOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "check 模板 [数据]",
		Short: "渲染前检查模板：按文种的字段，或与数据文件逐项比较",
		Long: `check 编译模板（不渲染），检查它读取的数据路径。

按文种检查（--kind 通知，或 --doc 文件id 取数据中该文件的文种）：模板中的每个字段都应是该文种
提供的字段（gongwen fields 文种 列出它们）；写错的字段给出位置和最接近的字段（“您是不是要写
.Title”）。由 gongwen templates export 导出、未经修改的内置模板按其文种检查没有问题。

与数据文件比较（check 模板 数据）：
  缺少：模板要读取而数据中没有的键（列表中的每一项都检查，指出第几项），渲染时会报错；
  未使用：数据中有值而模板没有读取的键，可能是键名拼错了。
数据默认按活动数据模型读取：模板是某个文种的（--kind、--doc 指定，或按模板的文件名和字段判断，
如导出的 tongzhi.docx 是通知的模板），就与该文种从数据得到的字段比较——模板渲染时收到的正是它们，
而不是数据文件本身；否则与活动数据比较。加 --raw 原样读取任意 JSON/YAML。

有问题时退出码为 1。通过函数取得的值（如 (index .M "k")）无法事先检查，会单独列出。
Word 模板有问题时，装有 LibreOffice 的机器上还用它把模板排版一次（至多 90 秒），指出每处问题在第几页；
不需要页码时设环境变量 GONGWEN_CHECK_PAGES=0，省去这次排版。`,
		Example: `  gongwen check 我的通知.docx --kind 通知
  gongwen check 我的通知.docx --doc tz-kaizhan data/xuechuang.yaml
  gongwen check tongzhi.docx data/xuechuang.yaml
  gongwen check 我的通知.docx --kind 通知 data/xuechuang.yaml
  gongwen check --raw 名单.docx people.json
  gongwen check --raw --each .Cities 通知.docx cities.yaml`,
		Args: rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Template = args[0]
			if len(args) == 2 {
				opts.Data = args[1]
			}
			switch {
			case opts.Kind != "" && opts.Doc != "":
				return usageError("--kind 与 --doc 只能给出一个")
			case (opts.Kind != "" || opts.Doc != "") && (opts.Raw || opts.Each != ""):
				return usageError("--kind、--doc 不能与 --raw 或 --each 一起使用")
			case opts.Kind != "" || opts.Doc != "":
				return runCheckKind(opts)
			case opts.Data == "":
				return usageError("缺少数据文件；按文种检查请加 --kind 文种")
			}
			return runCheck(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Kind, "kind", "k", "", "按此文种的字段检查（文种名、构建项或内置模板名，如 通知、notice）")
	cmd.Flags().StringVar(&opts.Doc, "doc", "", "按数据中此 id 的文件的文种检查（"+dataHelp+"）")
	cmd.Flags().BoolVar(&opts.Raw, "raw", false, "不按活动数据模型校验，原样读取数据")
	cmd.Flags().StringVar(&opts.Each, "each", "", "按邮件合并检查：模板用于此路径处列表的每一项（同 render --each）")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "以 JSON 输出结果")
	return cmd
}

// checkReport is the result of a check, also its --json form.
type checkReport struct {
	OK        bool         `json:"ok"`
	Paths     int          `json:"paths"`
	Missing   []missingKey `json:"missing"`
	Unused    []string     `json:"unused"`
	Unchecked []string     `json:"unchecked,omitempty"`
}

// missingKey is a template path the data lacks: in how many of the items
// it was looked for (1 outside lists), and the first few items by index.
type missingKey struct {
	Path  string   `json:"path"`
	Count int      `json:"count"`
	Of    int      `json:"of"`
	Items []string `json:"items,omitempty"`
	Where string   `json:"where,omitempty"`
	Page  int      `json:"page,omitempty"` // the page of Where as LibreOffice lays the template out
}

// checkEnv is the template environment of a check: missing keys are
// errors, and the limits are render's defaults.
func checkEnv() (*templateEnv, error) {
	lim, _ := renderLimits("256MiB", 60e9)
	return newTemplateEnv("error", "", lim)
}

// templateFields parses the template of a check and lists the data paths
// it reads, with where in the document each is first used — keyed by the
// path as written (.Tasks[].Title) and without its [] (.Tasks.Title).
func templateFields(opts *checkOptions, env *templateEnv) (paths []string, where *templatePlaces, err error) {
	tpl, err := parseTemplate(opts.Template, env)
	if err != nil {
		return nil, nil, templateFailure(opts.IO, err)
	}
	pt, ok := tpl.(interface{ Paths() []string })
	if !ok {
		return nil, nil, badInput(fmt.Errorf("%s：这种模板还不能列出数据路径", opts.Template))
	}
	where = &templatePlaces{template: opts.Template, text: map[string]string{}, loc: map[string]docx.Location{}}
	if dp, ok := tpl.(interface{ DataPaths() []docx.DataPath }); ok {
		for _, p := range dp.DataPaths() {
			if len(p.Where) > 0 {
				for _, k := range []string{p.Path, strings.ReplaceAll(p.Path, "[]", "")} {
					where.text[k] = p.Where[0].String()
					where.loc[k] = p.Where[0]
				}
			}
		}
	}
	if pl, ok := tpl.(interface{ Places() map[string]string }); ok {
		for p, at := range pl.Places() {
			where.text[p] = opts.Template + ": " + at
		}
	}
	return pt.Paths(), where, nil
}

// templatePlaces are where a template reads each data path, as a person
// finds it, with the page when LibreOffice lays the template out — which
// it does once, for the first place asked for.
type templatePlaces struct {
	template string
	text     map[string]string
	loc      map[string]docx.Location
	laidOut  bool
	pages    *templatePages
}

// at is the place of path and its page (0 when unknown).
func (w *templatePlaces) at(path string) (string, int) {
	text := w.text[path]
	l, ok := w.loc[path]
	if text == "" || !ok || !strings.HasSuffix(strings.ToLower(w.template), ".docx") {
		return text, 0
	}
	if !w.laidOut {
		w.laidOut = true
		w.pages = layOutTemplate(w.template)
	}
	return text, w.pages.page(l)
}

func runCheck(opts *checkOptions) error {
	env, err := checkEnv()
	if err != nil {
		return err
	}
	paths, where, err := templateFields(opts, env)
	if err != nil {
		return err
	}
	data, err := loadData(opts.IO, opts.Data, opts.Raw)
	if err != nil {
		return err
	}
	if c, ok := data.(*model.Campaign); ok && opts.Each == "" {
		tree := buildPathTree(paths)
		if k := kindOfTemplate(opts.Template, tree, c); k != nil {
			return checkAgainstKind(opts, k, c, paths, where)
		}
	}
	var rep checkReport
	if opts.Each != "" {
		items, err := eachItems(data, opts.Each, env)
		if err != nil {
			return badInput(err)
		}
		base := strings.TrimSpace(opts.Each)
		if !strings.HasPrefix(base, ".") {
			base = "." + base
		}
		where := make([]string, len(items))
		for i := range items {
			where[i] = fmt.Sprintf("%s[%d]", base, i)
		}
		rep = checkItems(buildPathTree(paths), items, where)
	} else {
		rep = checkData(buildPathTree(paths), data)
	}
	rep.Paths = len(paths)
	for i := range rep.Missing {
		rep.Missing[i].Where, rep.Missing[i].Page = where.at(strings.TrimSuffix(rep.Missing[i].Path, "[]"))
	}
	if opts.JSON {
		if err := writeJSON(opts.IO.Out, rep); err != nil {
			return err
		}
	} else {
		for _, m := range rep.Missing {
			fmt.Fprintf(opts.IO.ErrOut, "%s: 缺少 %s%s\n", opts.Data, m.Path, m.describe())
			if m.Where != "" {
				fmt.Fprintf(opts.IO.ErrOut, "    模板中：%s%s\n", m.Where, onPage(m.Page))
			}
		}
		for _, u := range rep.Unused {
			if opts.Raw {
				fmt.Fprintf(opts.IO.ErrOut, "%s: 警告：未使用 %s（模板没有读取它，键名是否拼错？）\n", opts.Data, u)
			} else {
				fmt.Fprintf(opts.IO.ErrOut, "%s: 未使用 %s（数据中有值，模板没有读取）\n", opts.Data, u)
			}
		}
		for _, u := range rep.Unchecked {
			fmt.Fprintf(opts.IO.ErrOut, "%s: 无法事先检查 %s（经函数取得的值）\n", opts.Template, u)
		}
		fmt.Fprintf(opts.IO.Out, "%s：模板读取 %d 个数据路径；数据缺少 %d 个，未使用 %d 个\n",
			opts.Template, rep.Paths, len(rep.Missing), len(rep.Unused))
	}
	if len(rep.Missing) > 0 {
		return reported(len(rep.Missing))
	}
	return nil
}

func (m missingKey) describe() string {
	if m.Of <= 1 && len(m.Items) == 0 {
		return ""
	}
	s := fmt.Sprintf("（%d 项中有 %d 项缺少", m.Of, m.Count)
	if len(m.Items) > 0 {
		s += "：" + strings.Join(m.Items, "、")
		if m.Count > len(m.Items) {
			s += "……"
		}
	}
	return s + "）"
}

// checkData walks data along the path tree. A key the template reads that
// the data lacks is missing; a key the data has (a map key, or a struct
// field with a non-zero value) under a path whose keys the template reads
// one by one, that no path reads, is unused. A path read as a whole (no
// paths below it) uses everything under it.
func checkData(tree []*pathNode, data any) checkReport {
	return checkItems(tree, []any{data}, []string{""})
}

// checkItems is checkData for a template rendered once per item (mail
// merge): every item is checked, where names them (".Cities[3]").
func checkItems(tree []*pathNode, items []any, where []string) checkReport {
	c := &checker{unused: map[string]bool{}}
	vals := make([]reflect.Value, len(items))
	for i, it := range items {
		vals[i] = reflect.ValueOf(it)
	}
	c.node(&pathNode{Children: tree}, vals, where)
	rep := checkReport{Missing: append([]missingKey{}, c.missing...), Unused: []string{}}
	for u := range c.unused {
		rep.Unused = append(rep.Unused, u)
	}
	sort.Strings(rep.Unused)
	rep.Unchecked = c.unchecked
	rep.OK = len(rep.Missing) == 0
	return rep
}

type checker struct {
	missing   []missingKey
	unused    map[string]bool
	unchecked []string
}

// maxItems is how many item indexes a missing key lists.
const maxItems = 5

// node checks the children of n in every value of vals (the value of n's
// path in each item of the lists above it); where names each value's
// concrete place (".Tasks[3]") for messages.
func (c *checker) node(n *pathNode, vals []reflect.Value, where []string) {
	if len(n.Children) == 0 {
		return
	}
	read := map[string]bool{}
	for _, ch := range n.Children {
		read[ch.Name] = true
	}
	for _, v := range vals {
		for _, k := range presentKeys(v) {
			if !read[k] {
				c.unused[joinPath(n.Path, n.Loop, k)] = true
			}
		}
	}
	for _, ch := range n.Children {
		if strings.HasPrefix(ch.Name, "(") || strings.HasPrefix(ch.Name, "$") {
			c.unchecked = append(c.unchecked, ch.Path)
			continue
		}
		var next []reflect.Value
		var nextWhere, missedAt []string
		missed := 0
		for i, v := range vals {
			got, ok := lookup(v, ch.Name)
			if !ok {
				missed++
				if strings.Contains(where[i], "[") && len(missedAt) < maxItems {
					missedAt = append(missedAt, where[i])
				}
				continue
			}
			here := where[i] + "." + ch.Name
			if !ch.Loop {
				next, nextWhere = append(next, got), append(nextWhere, here)
				continue
			}
			items, isList := elements(got)
			if !isList {
				continue // not a list: the template's range will say so when run
			}
			for j, it := range items {
				next = append(next, it)
				nextWhere = append(nextWhere, here+"["+strconv.Itoa(j)+"]")
			}
		}
		if missed > 0 {
			p := ch.Path
			if ch.Loop {
				p += "[]"
			}
			c.missing = append(c.missing, missingKey{Path: p, Count: missed, Of: len(vals), Items: missedAt})
		}
		c.node(ch, next, nextWhere)
	}
}

// joinPath names key k under the path of a node, with "[]" when the node is
// a list the template ranges over.
func joinPath(base string, loop bool, k string) string {
	if loop {
		base += "[]"
	}
	return base + "." + k
}

// indirect follows pointers and interfaces to the value they hold.
func indirect(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// lookup finds what {{.name}} reads in v: a map key, a struct field, or a
// method without arguments (called, as the template would).
func lookup(v reflect.Value, name string) (reflect.Value, bool) {
	if m, ok := method(v, name); ok {
		return m, true
	}
	d := indirect(v)
	if !d.IsValid() {
		return reflect.Value{}, false
	}
	switch d.Kind() {
	case reflect.Map:
		if d.Type().Key().Kind() != reflect.String {
			return reflect.Value{}, false
		}
		got := d.MapIndex(reflect.ValueOf(name).Convert(d.Type().Key()))
		return got, got.IsValid()
	case reflect.Struct:
		if f, ok := d.Type().FieldByName(name); ok && f.IsExported() {
			return d.FieldByIndex(f.Index), true
		}
		if m, ok := method(d, name); ok {
			return m, true
		}
	}
	return reflect.Value{}, false
}

// method calls v's exported method name if it takes no arguments and
// returns one value (or a value and an error).
func method(v reflect.Value, name string) (reflect.Value, bool) {
	if !v.IsValid() || !token(name) {
		return reflect.Value{}, false
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	m := v.MethodByName(name)
	if !m.IsValid() && v.CanAddr() {
		m = v.Addr().MethodByName(name)
	}
	if !m.IsValid() {
		return reflect.Value{}, false
	}
	t := m.Type()
	if t.NumIn() != 0 || t.NumOut() == 0 || t.NumOut() > 2 {
		return reflect.Value{}, true // exists; the template will call it with arguments
	}
	return callSafely(m)
}

// callSafely calls a data method; one that panics (a nil receiver, say) is
// taken as present, since the question is only whether the key exists.
func callSafely(m reflect.Value) (v reflect.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = reflect.Value{}, true
		}
	}()
	return m.Call(nil)[0], true
}

// token reports whether name is a plain exported identifier.
func token(name string) bool {
	return name != "" && name[0] >= 'A' && name[0] <= 'Z' && !strings.ContainsAny(name, "()[] .\"")
}

// elements returns the items {{range}} visits: a list's elements or a map's
// values in key order.
func elements(v reflect.Value) ([]reflect.Value, bool) {
	d := indirect(v)
	if !d.IsValid() {
		return nil, true // nil ranges zero times
	}
	switch d.Kind() {
	case reflect.Slice, reflect.Array:
		out := make([]reflect.Value, d.Len())
		for i := range out {
			out[i] = d.Index(i)
		}
		return out, true
	case reflect.Map:
		keys := d.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		out := make([]reflect.Value, len(keys))
		for i, k := range keys {
			out[i] = d.MapIndex(k)
		}
		return out, true
	}
	return nil, false
}

// presentKeys lists the keys a value has for unused-key purposes: a string
// map's keys, a struct's exported fields that are not zero.
func presentKeys(v reflect.Value) []string {
	d := indirect(v)
	if !d.IsValid() {
		return nil
	}
	var out []string
	switch d.Kind() {
	case reflect.Map:
		if d.Type().Key().Kind() != reflect.String {
			return nil
		}
		for _, k := range d.MapKeys() {
			out = append(out, k.String())
		}
	case reflect.Struct:
		t := d.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() && !f.Anonymous && !d.Field(i).IsZero() {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

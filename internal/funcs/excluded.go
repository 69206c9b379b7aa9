package funcs

import (
	"errors"
	"fmt"
	"gongwen/internal/spell"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Why a sprig function is left out, as the start of the explanation.
const (
	whySecurity = "出于安全考虑，模板中不能使用 %s：%s"
	whyRepro    = "为保证同样的数据生成同样的文稿，模板中不能使用 %s：%s"
	whyBound    = "为防止生成无限大的文稿，模板中不能使用 %s：%s"
	whyData     = "模板只读取数据，不能使用 %s：%s"
	whyOther    = "模板中没有 %s：%s"
)

// exclusions lists every sprig v3 function that Map leaves out, with the
// reason. A test checks that each sprig function is either in Map or here.
var exclusions = map[string][2]string{
	"env":                      {whySecurity, "它读取运行环境变量，文稿应只取决于数据和模板"},
	"expandenv":                {whySecurity, "它读取运行环境变量，文稿应只取决于数据和模板"},
	"getHostByName":            {whySecurity, "它访问网络"},
	"genPrivateKey":            {whySecurity, "生成密钥耗费大量计算，与公文无关"},
	"derivePassword":           {whySecurity, "密码运算耗费大量计算，与公文无关"},
	"buildCustomCert":          {whySecurity, "证书运算与公文无关"},
	"genCA":                    {whySecurity, "生成证书耗费大量计算，与公文无关"},
	"genCAWithKey":             {whySecurity, "证书运算与公文无关"},
	"genSelfSignedCert":        {whySecurity, "生成证书耗费大量计算，与公文无关"},
	"genSelfSignedCertWithKey": {whySecurity, "证书运算与公文无关"},
	"genSignedCert":            {whySecurity, "生成证书耗费大量计算，与公文无关"},
	"genSignedCertWithKey":     {whySecurity, "证书运算与公文无关"},
	"encryptAES":               {whySecurity, "加密运算与公文无关"},
	"decryptAES":               {whySecurity, "解密运算与公文无关"},
	"htpasswd":                 {whySecurity, "密码运算耗费大量计算，与公文无关"},
	"bcrypt":                   {whySecurity, "密码运算耗费大量计算，与公文无关"},
	"sha1sum":                  {whySecurity, "摘要运算与公文无关"},
	"sha256sum":                {whySecurity, "摘要运算与公文无关"},
	"sha512sum":                {whySecurity, "摘要运算与公文无关"},
	"adler32sum":               {whySecurity, "摘要运算与公文无关"},

	"randAlpha":          {whyRepro, "它生成随机文字"},
	"randNumeric":        {whyRepro, "它生成随机文字"},
	"randAscii":          {whyRepro, "它生成随机文字"},
	"randAlphaNum":       {whyRepro, "它生成随机文字"},
	"randBytes":          {whyRepro, "它生成随机数据"},
	"randInt":            {whyRepro, "它生成随机数"},
	"shuffle":            {whyRepro, "它随机打乱文字"},
	"uuidv4":             {whyRepro, "它生成随机编号"},
	"ago":                {whyRepro, "它读取系统时钟；请用 now（构建日期）计算"},
	"durationRound":      {whyRepro, "它读取系统时钟"},
	"date_in_zone":       {whyRepro, "结果取决于本机时区数据；请用 formatDate"},
	"dateInZone":         {whyRepro, "结果取决于本机时区数据；请用 formatDate"},
	"htmlDate":           {whyRepro, "参数不是日期时它读取系统时钟；请用 formatDate \"2006-01-02\""},
	"htmlDateInZone":     {whyRepro, "结果取决于本机时区数据；请用 formatDate"},
	"date_modify":        {whyRepro, "请用 addDays"},
	"dateModify":         {whyRepro, "请用 addDays"},
	"must_date_modify":   {whyRepro, "请用 addDays"},
	"mustDateModify":     {whyRepro, "请用 addDays"},
	"mustToDate":         {whyRepro, "它按本机时区解析；请用 toDate"},
	"unixEpoch":          {whyRepro, "时间戳与公文无关"},
	"duration":           {whyOther, "时长换算与公文无关"},
	"osBase":             {whyRepro, "结果取决于操作系统"},
	"osClean":            {whyRepro, "结果取决于操作系统"},
	"osDir":              {whyRepro, "结果取决于操作系统"},
	"osExt":              {whyRepro, "结果取决于操作系统"},
	"osIsAbs":            {whyRepro, "结果取决于操作系统"},
	"set":                {whyData, "它修改字典；请用 dict 建新字典"},
	"unset":              {whyData, "它修改字典；请用 omit"},
	"merge":              {whyData, "它修改第一个字典"},
	"mergeOverwrite":     {whyData, "它修改第一个字典"},
	"mustMerge":          {whyData, "它修改第一个字典"},
	"mustMergeOverwrite": {whyData, "它修改第一个字典"},
	"deepCopy":           {whyData, "模板不修改数据，无须复制"},
	"mustDeepCopy":       {whyData, "模板不修改数据，无须复制"},
	"until":              {whyBound, "它可生成任意长的序列；请对数据中的列表用 range"},
	"untilStep":          {whyBound, "它可生成任意长的序列；请对数据中的列表用 range"},
	"seq":                {whyBound, "它可生成任意长的序列；请对数据中的列表用 range"},

	"hello":                      {whyOther, "这是 sprig 的示例函数"},
	"base":                       {whyOther, "路径处理与公文无关"},
	"dir":                        {whyOther, "路径处理与公文无关"},
	"clean":                      {whyOther, "路径处理与公文无关"},
	"ext":                        {whyOther, "路径处理与公文无关"},
	"isAbs":                      {whyOther, "路径处理与公文无关"},
	"urlParse":                   {whyOther, "网址处理与公文无关"},
	"urlJoin":                    {whyOther, "网址处理与公文无关"},
	"semver":                     {whyOther, "版本号处理与公文无关"},
	"semverCompare":              {whyOther, "版本号处理与公文无关"},
	"toDecimal":                  {whyOther, "八进制换算与公文无关"},
	"biggest":                    {whyOther, "请用 max"},
	"tuple":                      {whyOther, "请用 list"},
	"trimall":                    {whyOther, "请用 trimAll"},
	"abbrevboth":                 {whyOther, "请用 abbrev 或 trunc"},
	"wrap":                       {whyOther, "它按英文单词折行，不适用于中文；文档会自动折行"},
	"wrapWith":                   {whyOther, "它按英文单词折行，不适用于中文；文档会自动折行"},
	"plural":                     {whyOther, "英文单复数与中文公文无关"},
	"initials":                   {whyOther, "英文缩写与中文公文无关"},
	"untitle":                    {whyOther, "英文大小写变换与中文公文无关"},
	"swapcase":                   {whyOther, "英文大小写变换与中文公文无关"},
	"snakecase":                  {whyOther, "英文命名变换与中文公文无关"},
	"camelcase":                  {whyOther, "英文命名变换与中文公文无关"},
	"kebabcase":                  {whyOther, "英文命名变换与中文公文无关"},
	"typeIs":                     {whyOther, "请用 kindIs 或 typeOf"},
	"typeIsLike":                 {whyOther, "请用 kindIs 或 typeOf"},
	"mustToJson":                 {whyOther, "请用 toJson"},
	"mustToPrettyJson":           {whyOther, "请用 toPrettyJson"},
	"mustToRawJson":              {whyOther, "请用 toRawJson"},
	"mustFromJson":               {whyOther, "请用 fromJson（出错时同样报告）"},
	"push":                       {whyOther, "请用 append"},
	"mustPush":                   {whyOther, "请用 append"},
	"mustAppend":                 {whyOther, "请用 append（出错时同样报告）"},
	"mustPrepend":                {whyOther, "请用 prepend（出错时同样报告）"},
	"mustFirst":                  {whyOther, "请用 first（出错时同样报告）"},
	"mustRest":                   {whyOther, "请用 rest（出错时同样报告）"},
	"mustLast":                   {whyOther, "请用 last（出错时同样报告）"},
	"mustInitial":                {whyOther, "请用 initial（出错时同样报告）"},
	"mustReverse":                {whyOther, "请用 reverse（出错时同样报告）"},
	"mustUniq":                   {whyOther, "请用 uniq（出错时同样报告）"},
	"mustWithout":                {whyOther, "请用 without（出错时同样报告）"},
	"mustHas":                    {whyOther, "请用 has（出错时同样报告）"},
	"mustSlice":                  {whyOther, "请用 slice（出错时同样报告）"},
	"mustChunk":                  {whyOther, "请用 chunk（出错时同样报告）"},
	"mustCompact":                {whyOther, "请用 compact（出错时同样报告）"},
	"mustRegexMatch":             {whyOther, "请用 regexMatch（出错时同样报告）"},
	"mustRegexFindAll":           {whyOther, "请用 regexFindAll（出错时同样报告）"},
	"mustRegexFind":              {whyOther, "请用 regexFind（出错时同样报告）"},
	"mustRegexReplaceAll":        {whyOther, "请用 regexReplaceAll（出错时同样报告）"},
	"mustRegexReplaceAllLiteral": {whyOther, "请用 regexReplaceAllLiteral（出错时同样报告）"},
	"mustRegexSplit":             {whyOther, "请用 regexSplit（出错时同样报告）"},
}

// Excluded returns the sprig functions templates cannot use, each with the
// Chinese sentence that explains why ("出于安全考虑，模板中不能使用 env：…").
// The map is a fresh copy.
func Excluded() map[string]string {
	m := make(map[string]string, len(exclusions))
	for name, why := range exclusions {
		m[name] = fmt.Sprintf(why[0], name, why[1])
	}
	return m
}

// undefinedFunc matches text/template's parse error for an unknown function.
var undefinedFunc = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`function "([^"]+)" not defined`) })

// UndefinedError is a template parse error for a function that does not
// exist, with the explanation.
type UndefinedError struct {
	Name string
	Hint string // Chinese: why it is excluded, or what was probably meant
	Err  error  // the error of text/template
}

func (e *UndefinedError) Error() string { return e.Err.Error() + "（" + e.Hint + "）" }
func (e *UndefinedError) Unwrap() error { return e.Err }

// Explain adds a Chinese explanation to text/template's
// `function "env" not defined`: why an excluded function is left out, or
// which function a misspelled name probably meant. Other errors, and nil,
// are returned unchanged.
func Explain(err error) error {
	if err == nil {
		return nil
	}
	var ue *UndefinedError
	if errors.As(err, &ue) {
		return err
	}
	m := undefinedFunc().FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	return &UndefinedError{Name: m[1], Hint: Hint(m[1]), Err: err}
}

// Hint explains, in Chinese, why a template cannot call the function name:
// the reason it is excluded ("出于安全考虑，模板中不能使用 env：…"), or that
// no such function exists with the closest names. Engines that word their
// own errors use it; Explain uses it on text/template's errors.
func Hint(name string) string {
	if why, ok := exclusions[name]; ok {
		return fmt.Sprintf(why[0], name, why[1])
	}
	hint := fmt.Sprintf("没有名为 %s 的函数", name)
	if s := suggest(name); len(s) > 0 {
		hint += "，是否想用 " + strings.Join(s, " 或 ") + "？"
	} else {
		hint += "，"
	}
	return hint + "可用 gongwen funcs 查看全部函数"
}

// suggest returns the functions whose names are close to name.
func suggest(name string) []string {
	var out []string
	lower := strings.ToLower(name)
	for _, e := range registry() {
		n := strings.ToLower(e.Name)
		if n == lower || spell.Distance(n, lower) <= max(1, len(name)/4) {
			out = append(out, e.Name)
		}
	}
	sort.Strings(out)
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

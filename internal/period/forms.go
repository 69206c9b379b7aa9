package period

// Form is one way of writing a period, with an example and its meaning, for
// the JSON Schema description and the help text.
type Form struct {
	Example string // as written in a plan, e.g. 3月上中旬
	Meaning string // in Chinese, e.g. 3月1日至3月20日
}

// Forms lists the period forms Parse accepts, each with an example.
func Forms() []Form {
	return []Form{
		{"3月、3月份", "整月"},
		{"2月初、2月上旬", "1日至10日"},
		{"2月中、2月中旬", "11日至20日"},
		{"2月底、2月末、2月下旬", "21日至月末"},
		{"3月上中旬", "1日至20日"},
		{"3月中下旬、3月下半月", "11日至月末"},
		{"3月15日", "单日"},
		{"2月初-2月底、3月初-11月底", "从起点的第一天到终点的最后一天"},
		{"4-5月、3月上旬-中旬", "省略的月份从另一端补足"},
		{"5月左右、11月底左右", "前后各放宽一旬（不超出本年度）"},
		{"5月左右和9月左右、3月、6月", "用“和”或“、”连接的多个期限"},
		{"全年、上半年、下半年", "本年度的全部、前六个月、后六个月"},
		{"第一季度…第四季度", "季度"},
		{"年初、年中、年底", "1月上旬、6月下旬至7月上旬、12月下旬"},
	}
}

// CadenceForms lists the cadence texts ParseCadence accepts (main spellings).
func CadenceForms() []string {
	return []string{"每周", "每旬", "每月", "每季度", "每半年", "每年", "适时", "即时"}
}

package period

// Form is one way of writing a period, with examples and its meaning, for
// the JSON Schema description and help texts.
type Form struct {
	Examples []string // as written in a plan, e.g. 3月上中旬
	Meaning  string   // in Chinese, e.g. 1日至20日
}

// Forms lists the period forms Parse accepts, each with examples.
func Forms() []Form {
	return []Form{
		{[]string{"3月", "3月份"}, "整月"},
		{[]string{"2月初", "2月上旬"}, "1日至10日"},
		{[]string{"2月中", "2月中旬"}, "11日至20日"},
		{[]string{"2月底", "2月末", "2月下旬"}, "21日至月末"},
		{[]string{"3月上中旬"}, "1日至20日"},
		{[]string{"3月中下旬"}, "11日至月末"},
		{[]string{"3月15日"}, "单日"},
		{[]string{"2月初-2月底", "3月初-11月底"}, "从起点的第一天到终点的最后一天（“-”也可写作“—”“至”）"},
		{[]string{"4-5月", "3月上旬-中旬"}, "省略的月份从另一端补足"},
		{[]string{"5月左右", "11月底左右"}, "前后各放宽一旬（不超出本年度）"},
		{[]string{"5月左右和9月左右", "3、6、9月"}, "用“和”或“、”连接的多个期限"},
		{[]string{"全年", "上半年", "下半年"}, "本年度的全部、前六个月、后六个月"},
		{[]string{"第一季度", "四季度"}, "季度"},
		{[]string{"年初", "年中", "年底"}, "1月上旬；6月下旬（6月30日到期）；12月下旬"},
		{[]string{"6月底前", "1月15日前", "年底前", "2023年1月15日前"}, "截止期限：自年初起，至该时点到期"},
		{[]string{"2023-01-15", "2023年1月15日"}, "单日（写明年份）"},
		{[]string{"三季度末", "上半年末"}, "季度或半年的最后一旬"},
		{[]string{"3月30日、6月30日、9月30日、12月30日", "6月底前、12月底前", "6月底和12月底前", "6月、9月和12月底", "年中和年底", "2025年4月8日、7月8日前"}, "多个截止日期，每个到期一次（前面写的年份适用于后面各项）"},
		{[]string{"4月19日（星期五）前", "每季度末（分别在6月、9月和12月底）"}, "括号内可写星期（须与日期相符）或“分别在……”列出的到期日"},
		{[]string{"每月25日前", "每月底前", "每季度", "每季度最后一个月30日前", "每半年", "每周", "每周五", "每年11月底前", "7月起每月25日前"}, "周期性期限，全年每次分别到期"},
		{[]string{"6月底前出台方案，年底前见效", "2023年6月底前完成，长期坚持"}, "一格写几步：每个日期分别到期，长期部分无到期日"},
		{[]string{"2025年底前", "2023—2025年", "次年1月底前"}, "跨年度的期限，到期日在以后年度"},
		{[]string{"长期坚持", "持续推进", "常态化推进", "及时", "适时"}, "长期任务，无到期日"},
		{[]string{"按国家部署", "按省统一安排", "根据工作进度"}, "时间由上级或进度决定，无到期日"},
	}
}

// Description is a one-paragraph Chinese description of the period forms,
// for the JSON Schema and help texts.
func Description() string {
	s := "期限文字，按活动年度换算为日期。可写："
	for i, f := range Forms() {
		if i > 0 {
			s += "；"
		}
		for j, e := range f.Examples {
			if j > 0 {
				s += "、"
			}
			s += e
		}
		s += "（" + f.Meaning + "）"
	}
	return s + "。上旬为1–10日，中旬为11–20日，下旬为21日至月末。"
}

// CadenceForms lists the cadence texts ParseCadence accepts (main spellings).
func CadenceForms() []string {
	return []string{"每周", "每旬", "每月", "每季度", "每半年", "每年", "适时", "即时"}
}

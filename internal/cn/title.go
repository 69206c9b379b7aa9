package cn

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// titleWords are words of document titles that a line break must not cut.
// Characters not covered here may be separated; the list only has to
// hold the words a break would otherwise land inside. The set is made on
// first use, not at start-up: most commands break no title.
var titleWords = sync.OnceValue(func() map[string]bool { return wordSet(titleWordList) })

const titleWordList = `
中共 中国共产党 党委 党组 省委 市委 县委 区委 州委 委员会 常委会 常务委员会 人民政府 人民代表大会 政协
办公厅 办公室 领导小组 工作组 综合组 宣传组 督导组 小组 部门 单位 机关 牵头单位 责任单位
湖北省 湖北 武汉市 武汉 全省 全市 全县 全区 全国 各地 各级 各单位
关于 印发 转发 批转 成立 召开 开展 做好 进一步 切实 加强 加快 推进 推动 深入 全面 扎实 认真
学习 贯彻 落实 学习贯彻 贯彻落实 宣传 教育 实践 主题 活动 主题实践活动 专项活动 实践活动
争创 发展 新业绩 业绩 十八大 十九大 二十大 十八届 精神 党的 群众 路线 群众路线 教育实践 服务型 基层 党组织 建设
工作 方案 工作方案 实施方案 实施意见 计划 推进计划 规划 要点 工作要点 安排 部署 责任 分工 责任分工
总结 汇报 报告 请示 批复 通知 通报 意见 决定 决议 函 纪要 会议纪要 简报 讲话 讲话稿 公告 通告 命令
的通知 的意见 的报告 的请示 的批复 的决定 的通报 的函 的方案 的讲话 的总结 的汇报 的实施方案 的工作方案
会议 动员 动员会 电视电话 电视电话会议 现场 推进会 座谈会 例会 主任 领导 同志 职责 主要职责 组成人员 内设机构
经济 社会 改革 创新 高质量 现代化 社会主义 中国特色 新时代 新时期 思想 科学发展 发展观 长效机制 制度 成果
管理 服务 监督 检查 督查 督导 考核 评估 情况 问题 经验 典型 措施 目标 任务 要求 标准 质量 水平
年度 上半年 下半年 第一 第二 第三 第四 季度 一次 三抓一促 五个湖北 下一步 推进情况 工作安排 督导工作 专项 扎实推进 电视电话动员会
第一次 第二次 第三次 第四次 第五次 一季度 二季度 三季度 四季度 全年 年底 年初 月份
跟踪 督办 协调 指导 报送 媒体 上级 下级 提升 准备 形成 明确 严格 注意 沟通 协作 加快 确保 保证 提高 完善 健全
组织 谋划 启动 筹备 开设 专栏 制定 审定 下发 配强 专班 召集 研究 解决 分析 通报 表彰 奖励 评选 先进 典型经验
各专项活动 市州 县市区 乡镇 街道 社区 村 企业 学校 医院 机构 干部 职工 党员 群众 代表 委员 人员
组长 副组长 成员 主任 副主任 秘书长 书记 副书记 部长 副部长 厅长 局长 处长 省长 市长 县长
宣传部 组织部 纪委 监委 统战部 政法委 发改委 财政厅 教育厅 人社厅 办公厅 研究室 督查室 信息中心
全面建成 小康社会 全面深化 依法治国 从严治党 作风建设 反腐倡廉 廉政建设 党风廉政 意识形态 精神文明
文明城市 乡村振兴 脱贫攻坚 营商环境 民营经济 招商引资 项目建设 安全生产 生态环境 环境保护 疫情防控 防汛抗旱
工作会议 专题会议 党组会议 常委会议 全体会议 主任会议 办公会议 推进会议 座谈会议 视频会议 动员大会 表彰大会
情况报告 工作报告 专题报告 调研报告 工作总结 工作计划 活动方案 实施细则 管理办法 暂行办法 试行 规定 细则 办法 条例
开展情况 落实情况 进展情况 完成情况 有关情况 有关事项 有关问题 相关工作 重点工作 重点任务 主要任务 具体措施
省直 省直机关 市直 县直 直属 有关部门 有关单位 各部门 各市州 各县市区
领导小组办公室 办公室主任 主任会议 主题实践 总体方案 现场推进会 参会回执 回执 签到表 汇总 情况汇总 督办情况 督办事项
工作例会 工作清单 工作任务 各组 新业绩 动员部署 学创
分解 任务分解 责任分解 重点工作 重点工作任务 目标任务 主要目标 预期目标 政府工作报告 工作报告 分解方案 分工方案 责任分工方案
常务会议 区政府 市政府 县政府 省政府 人民政府办公室 政府办公室 商务局 财政局 统计局 教育局 办事处 街道办事处 发展和改革委员会
确定的 落实情况 年度 工作要点分工 要点分工 民生实事 为民办实事 十件实事
教育实践活动 群众路线教育实践活动
纪律 纪律检查 纪律检查委员会 政策 政策研究室 信息化 经济和信息化委员会 民政厅 政府 省委办公厅
市场 运行 消费 促进 提振 全力 外贸 外资 对外 贸易 对外贸易 外国 投资 电子 商务 电子商务 流通 流通业 人事
主管 主管部门 商务主管部门 基本盘 稳住 现代 体系 自身 增长 稳增长 整体 好转 经济运行 优先 民生 增进 福祉
安全 稳定 底线 守牢 统筹 营商 优化 持续 深化 人力资源 社会保障 卫生 健康 卫生健康 监督管理 市场监督管理局
政务服务 数据 数据管理局 管理局 分局 工业 工业和信息化局 住房 城乡 城乡建设 住房和城乡建设局 应急 应急管理局
主要 主要目标任务
完成 时限 完成时限 时间 完成时间 节点 时间节点 要求 具体 主体 责任主体 协同 协同单位 配合 配合单位 协办 协办单位 责任人 分管领导 责任领导
重点 事项 重点事项 涉及
每季度 每月 每半年 最后 一个月 最后一个月 每季度最后一个月 区直各部门 各街道 全区 专班 开发区 经济开发区 局办公室 局属各单位 综合规划科 人事教育科 外国投资管理科 流通业发展科
`

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// maxWordLen is the longest word in titleWords, in runes.
var maxWordLen = sync.OnceValue(func() int {
	n := 0
	for w := range titleWords() {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
})

// A titleToken is a run of the title that stays on one line.
type titleToken struct {
	text  string
	width int // in half-character units: Chinese 2, ASCII 1
	// depth is the nesting of quotes, 书名号 and brackets after the token:
	// a break there splits a quotation or a document name.
	depth int
}

const (
	openingMarks = "“‘《〈（(「『〔【\""
	closingMarks = "，。、；：？！”’》〉）)」』〕】…—,.;:?!"
)

func runeWidth(r rune) int {
	if r < 0x80 {
		return 1
	}
	return 2
}

// tokenizeTitle cuts a title into tokens: words of titleWords (longest
// match first), runs of digits and Latin letters, single characters;
// punctuation sticks to the token before (closing marks) or after
// (opening marks), so no line starts with ，or ends with “.
func tokenizeTitle(s string) []titleToken { return tokenizeWords(s, maxWordLen()) }

// tokenizeWords is tokenizeTitle matching words of at most maxLen runes, so
// that a word longer than a line (发展和改革委员会 in a cell of six
// characters) comes as its shorter words (发展, 和, 改革, 委员会).
func tokenizeWords(s string, maxLen int) []titleToken {
	words := titleWords()
	rs := []rune(s)
	var toks []titleToken
	var pendingOpen string
	depth := 0
	push := func(text string) {
		text = pendingOpen + text
		pendingOpen = ""
		w := 0
		for _, r := range text {
			w += runeWidth(r)
		}
		toks = append(toks, titleToken{text: text, width: w, depth: depth})
	}
	attach := func(r rune) {
		if len(toks) == 0 {
			push(string(r))
			return
		}
		t := &toks[len(toks)-1]
		t.text += string(r)
		t.width += runeWidth(r)
		t.depth = depth
	}
	quoteOpen := false // straight quotes alternate open and close
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			// A space matters between Latin words, and between Chinese
			// words where the data writes one: the two organs of a joint
			// notice (「中共安徽省委教育工委　安徽省教育厅关于…」, QA s11
			// finding 14), kept as one full-width space however many the
			// data writes. No line starts or ends with it (TitleLines).
			j := i
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			switch {
			case i == 0 || j == len(rs) || len(toks) == 0:
			case rs[i-1] < 0x80 && rs[j] < 0x80:
				attach(' ')
			case rs[i-1] >= 0x80 && rs[j] >= 0x80 && !strings.ContainsRune(closingMarks+openingMarks, rs[i-1]) && !strings.ContainsRune(closingMarks+openingMarks, rs[j]):
				attach('\u3000')
			}
			i = j
			continue
		case r == '"' && !quoteOpen || r != '"' && strings.ContainsRune(openingMarks, r):
			if r == '"' {
				quoteOpen = true
			}
			depth++
			pendingOpen += string(r)
			i++
			continue
		case r == '"' || strings.ContainsRune(closingMarks, r):
			if r == '"' {
				quoteOpen = false
			}
			if strings.ContainsRune("”’》〉）)」』〕】\"", r) && depth > 0 {
				depth--
			}
			if pendingOpen != "" {
				pendingOpen += string(r) // “” with nothing inside
			} else {
				attach(r)
			}
			i++
			continue
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || unicode.IsDigit(r):
			// Numbers with their decimal point or percent sign, Latin words.
			j := i + 1
			for j < len(rs) && (rs[j] < 0x80 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '%' || rs[j] == '-' ||
				rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) || unicode.IsDigit(rs[j])) {
				j++
			}
			// A number keeps its unit: 2023年, 2023年度, 6.2％, 10个.
			if j < len(rs) && strings.ContainsRune(numberUnits, rs[j]) {
				n := 1
				for l := min(maxLen, len(rs)-j); l > 1; l-- {
					if words[string(rs[j:j+l])] {
						n = l
						break
					}
				}
				j += n
			}
			push(string(rs[i:j]))
			i = j
			continue
		}
		n := 1
		for l := min(maxLen, len(rs)-i); l > 1; l-- {
			if words[string(rs[i:i+l])] {
				n = l
				break
			}
		}
		push(string(rs[i : i+n]))
		i += n
	}
	if pendingOpen != "" {
		push("")
	}
	return toks
}

// numberUnits are the characters that follow a number as its unit; a line
// break never falls between them.
const numberUnits = "年月日号%％个项万亿千百元家人次期届周天岁倍条件所座户名位批轮"

// lineStarters are characters no title line may start with: they bind to
// the word before (的, 和, 与) or close it (、, 。).
const lineStarters = "的和与、。，；：）》”"

// startsBadly reports whether a line beginning with tok would start with
// one of lineStarters.
func startsBadly(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return strings.ContainsRune(lineStarters, r)
}

// Penalties of the line-breaking search, in squared half-characters.
const (
	// penaltyStart is a line starting with 的, 和 or 与: worse than
	// anything but a wrong shape, which only very short lines force.
	penaltyStart = 5e5
	penaltyShape = 1e6  // lines neither 梯形 nor 菱形
	penaltyQuote = 3000 // a break inside a short “…”, 《…》 or brackets
	// penaltyLongQuote is a break between words inside a quotation or book
	// title longer than shortQuote: more than a line more, less than two, so that a long
	// name (“学习贯彻十八大、争创发展新业绩”) breaks at a word inside it
	// rather than the title taking five lines; each enclosing mark counts,
	// so a break inside a book title but outside the quotation it holds
	// is the better one.
	penaltyLongQuote = 1000
	shortQuote       = 8   // characters of a quoted name never broken
	penaltyLine      = 400 // each line beyond the fewest possible
	// penaltyCellLine is penaltyLine in a table cell.
	penaltyCellLine = 2000
	bonusBeforeGY   = 24  // a break right before 关于, where titles turn
	penaltyDangle   = 600 // a line ending in a word that governs the next (关于, 的)
	// penaltyList is a break inside a list of one-character items
	// (省、市、区): the list reads as one word, 「省、市、区《政府工作报告》」.
	penaltyList = 1000
	// penaltyUnknown is a break between two characters that the word list
	// does not know as a boundary: it may fall inside a word the list
	// lacks, so a known boundary a little less balanced is better.
	penaltyUnknown = 40
)

// unknownBoundary reports a break between two single Chinese characters
// that no word of titleWords and no punctuation marks as a boundary.
func unknownBoundary(a, b titleToken) bool {
	ra, rb := []rune(a.text), []rune(b.text)
	return len(ra) == 1 && len(rb) == 1 && isHan(ra[0]) && isHan(rb[0])
}

// listItem reports a token that is one Chinese character, optionally
// followed by a 顿号: an item of a list such as 省、市、区.
func listItem(tok string) (item rune, comma, ok bool) {
	rs := []rune(strings.TrimLeft(tok, openingMarks))
	if len(rs) == 0 || !isHan(rs[0]) {
		return 0, false, false
	}
	rest := strings.TrimRight(string(rs[1:]), closingMarks)
	if rest != "" {
		return 0, false, false
	}
	return rs[0], strings.HasPrefix(string(rs[1:]), "、"), true
}

// splitsList reports a break between two items of a list of one-character
// items (2023年省、 / 市、区): a and b are such items and a ends in 、.
func splitsList(a, b titleToken) bool {
	_, comma, ok := listItem(a.text)
	if !ok || !comma || !strings.HasSuffix(a.text, "、") {
		return false
	}
	_, _, ok = listItem(b.text)
	return ok
}

// bindsForward reports a token that must not end a line because it
// governs what follows: prepositions and 的.
func bindsForward(tok string) bool {
	switch tok {
	case "关于", "的", "在", "对", "和", "与", "及", "为", "向", "把", "将", "从", "由", "以":
		return true
	}
	return false
}

// TitleLines splits a title into lines of at most max characters (a
// Latin letter or digit counts as half) for a multi-line 2号 title, as
// GB/T 9704 §7.3.1 asks: words stay whole, quotations (“…”, 《…》) and
// numbers are not split, no line holds a lone character, and the lines
// form a 梯形 (each line no longer than the one above) or a 菱形 (longest
// in the middle), as balanced as the words allow. Among equally good
// splits the one with longer lines on top wins. A title that fits in max
// is one line. Spaces in the title are dropped, except between Latin
// words and one full-width space between Chinese words (a joint notice's
// two organs); no line starts or ends with a space. The search tries the
// fewest lines possible and up to two more; when no such split has the
// shape (a long title in very short lines), the most balanced one is
// returned. When a word cannot be placed
// within max (a quotation longer than a line is split at a word inside
// it, at a cost), characters are used; when even they cannot satisfy the
// rules, TitleLines fails.
func TitleLines(title string, max int) ([]string, error) {
	return TitleLinesKeeping(title, max, nil)
}

// TitleLinesKeeping is TitleLines keeping whole, besides its words, the
// names given — the units and offices of the data (综合规划科, 各县（市、
// 区）商务主管部门), which no dictionary holds. A name longer than a line
// is not kept.
func TitleLinesKeeping(title string, max int, names []string) ([]string, error) {
	title = strings.TrimSpace(title)
	if max < 2 {
		return nil, fmt.Errorf("每行字数应至少为 2，实际为 %d", max)
	}
	toks := tokenizeTitle(title)
	total := 0
	for _, t := range toks {
		total += t.width
	}
	limit := 2 * max
	toks = keepNames(toks, names, limit)
	if total <= limit {
		return []string{title}, nil
	}
	lines := breakTitle(toks, total, limit)
	if lines == nil {
		// A word or quotation is longer than a line: fall back to
		// characters, keeping punctuation attached.
		var chars []titleToken
		for _, t := range toks {
			for _, r := range t.text {
				if len(chars) > 0 && strings.ContainsRune(closingMarks, r) {
					chars[len(chars)-1].text += string(r)
					chars[len(chars)-1].width += runeWidth(r)
					continue
				}
				if len(chars) > 0 && strings.ContainsRune(openingMarks, []rune(chars[len(chars)-1].text)[len([]rune(chars[len(chars)-1].text))-1]) {
					chars[len(chars)-1].text += string(r)
					chars[len(chars)-1].width += runeWidth(r)
					continue
				}
				chars = append(chars, titleToken{text: string(r), width: runeWidth(r)})
			}
		}
		lines = breakTitle(chars, total, limit)
	}
	if lines == nil {
		return nil, fmt.Errorf("标题“%s”无法按每行 %d 字分行", title, max)
	}
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return lines, nil
}

// keepNames joins the tokens that hold each occurrence of a name (longest
// names first) into one, when the name fits in limit: no line break falls
// inside it. The tokens' text is unchanged.
func keepNames(toks []titleToken, names []string, limit int) []titleToken {
	if len(names) == 0 {
		return toks
	}
	sorted := slices.Clone(names)
	slices.SortStableFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	for _, name := range sorted {
		w := 0
		for _, r := range name {
			w += runeWidth(r)
		}
		if name == "" || w > limit {
			continue
		}
		var text strings.Builder
		starts := make([]int, len(toks)+1) // byte offset of each token in the joined text
		for i, t := range toks {
			starts[i] = text.Len()
			text.WriteString(t.text)
		}
		starts[len(toks)] = text.Len()
		joined := text.String()
		for from := 0; ; {
			at := strings.Index(joined[from:], name)
			if at < 0 {
				break
			}
			at += from
			end := at + len(name)
			from = end
			first := sort.SearchInts(starts, at+1) - 1 // the token holding byte at
			last := sort.SearchInts(starts, end) - 1   // the token holding byte end-1
			if first >= last {
				continue // already one token
			}
			merged := toks[first]
			for _, t := range toks[first+1 : last+1] {
				merged.text += t.text
				merged.width += t.width
				merged.depth = t.depth
			}
			if merged.width > limit {
				continue // with the punctuation stuck to it, too wide
			}
			toks = append(toks[:first], append([]titleToken{merged}, toks[last+1:]...)...)
			return keepNames(toks, sorted, limit) // offsets changed: start over
		}
	}
	return toks
}

// breakTitle finds the best split of toks into lines no wider than limit,
// trying the fewest lines possible and up to two more.
func breakTitle(toks []titleToken, total, limit int) []string {
	return breakLines(toks, total, limit, false)
}

// breakLines is breakTitle; free lines (a table cell's) need no shape.
func breakLines(toks []titleToken, total, limit int, free bool) []string {
	kmin := (total + limit - 1) / limit
	qc := quoteCosts(toks, limit)
	brk := breakFacts(toks)
	var best []int
	bestCost := math.Inf(1)
	for k := kmin; k <= kmin+2 && k <= len(toks); k++ {
		s := titleSearch{toks: toks, limit: limit, mean: float64(total) / float64(k), free: free, quoteCost: qc, brk: brk, memo: map[titleState]titleResult{}}
		r := s.best(titleState{pos: 0, left: k})
		if r.ends == nil {
			continue
		}
		perLine := float64(penaltyLine)
		if free {
			// A cell's extra line makes the row taller: worse than a line
			// ending in 和, better than a break inside a quotation.
			perLine = penaltyCellLine
		}
		c := r.cost + float64(k-kmin)*perLine
		if c < bestCost {
			bestCost, best = c, r.ends
		}
	}
	if best == nil {
		return nil
	}
	var lines []string
	start := 0
	for _, end := range best {
		var b strings.Builder
		for _, t := range toks[start:end] {
			b.WriteString(t.text)
		}
		lines = append(lines, strings.TrimSpace(b.String()))
		start = end
	}
	return lines
}

type titleState struct {
	pos, left, prev int
	falling         bool // the line lengths have started to decrease
	rose            bool // some line was longer than the one above
	peak            int  // the widest line so far
}

type titleResult struct {
	cost float64
	ends []int // token index after each line; nil when impossible
}

type titleSearch struct {
	toks  []titleToken
	limit int
	mean  float64
	free  bool // no 梯形/菱形 shape asked (the lines of a table cell)
	// quoteCost is the cost of a break after each token: inside a
	// quotation, a book title or brackets (quoteCosts).
	quoteCost []float64
	// brk is what a break before each token costs, by rule (breakFacts).
	brk  []breakFact
	memo map[titleState]titleResult
}

// breakFact is which rules a line break between a token and the one
// before it meets: they depend on the two tokens alone, so they are
// found once per title, not once per split the search tries (splitsList
// parsed both tokens each time: half of a build's title breaking).
type breakFact struct {
	binds, startsBadly, splitsList, unknown, beforeGY bool
}

func breakFacts(toks []titleToken) []breakFact {
	out := make([]breakFact, len(toks))
	for end := 1; end < len(toks); end++ {
		out[end] = breakFact{
			binds:       bindsForward(toks[end-1].text),
			startsBadly: startsBadly(toks[end].text),
			splitsList:  splitsList(toks[end-1], toks[end]),
			unknown:     unknownBoundary(toks[end-1], toks[end]),
			beforeGY:    strings.HasPrefix(strings.TrimLeft(toks[end].text, openingMarks), "关于"),
		}
	}
	return out
}

// best returns the cheapest way to set toks[st.pos:] in st.left lines
// after a line of width st.prev (0 for the first line).
func (s *titleSearch) best(st titleState) titleResult {
	if r, ok := s.memo[st]; ok {
		return r
	}
	res := titleResult{cost: math.Inf(1)}
	width := 0
	lastEnd := len(s.toks)
	if st.left > 1 {
		lastEnd = len(s.toks) - (st.left - 1)
	}
	for end := st.pos + 1; end <= lastEnd; end++ {
		width += s.toks[end-1].width
		if width > s.limit {
			break
		}
		if st.left == 1 && end != len(s.toks) {
			continue
		}
		if width < 3 {
			continue // a lone character on a line
		}
		cost := (float64(width) - s.mean) * (float64(width) - s.mean)
		if s.free {
			// A cell's lines are short: an uneven pair (市场运行和消费 /
			// 促进科) shows more than a line ending in 和.
			cost *= 8
		}
		next := titleState{pos: end, left: st.left - 1, prev: width, falling: st.falling, rose: st.rose, peak: max(st.peak, width)}
		if st.prev > 0 && !s.free {
			switch {
			case width < st.prev:
				next.falling = true
			case width > st.prev && st.falling:
				cost += penaltyShape // 沙漏形: short line between long ones
			case width > st.prev:
				next.rose = true
			}
		}
		if st.left == 1 {
			// 梯形 never rises; 菱形 rises and then falls below its peak.
			if next.rose && width >= next.peak && !s.free {
				cost += penaltyShape // the last line is the longest: 倒梯形
			}
			if cost < res.cost {
				res = titleResult{cost: cost, ends: []int{end}}
			}
			continue
		}
		cost += s.quoteCost[end-1]
		b := s.brk[end]
		if b.binds {
			if s.free {
				// 湖北省发展和 / 改革委员会: how names in cells break.
				cost += penaltyDangle / 10
			} else {
				cost += penaltyDangle
			}
		}
		if b.startsBadly {
			cost += penaltyStart
		}
		if b.splitsList {
			cost += penaltyList
		}
		if b.unknown {
			cost += penaltyUnknown
		}
		if !s.free && b.beforeGY {
			cost -= bonusBeforeGY
		}
		r := s.best(next)
		if r.ends == nil {
			continue
		}
		// <= prefers the later (longer) first line among equal costs.
		if c := cost + r.cost; c <= res.cost {
			res = titleResult{cost: c, ends: append([]int{end}, r.ends...)}
		}
	}
	if res.ends == nil {
		res.cost = math.Inf(1)
	}
	s.memo[st] = res
	return res
}

// quoteCosts is, for each token, the cost of a line break after it: for
// each quotation, book title or bracket open there, penaltyQuote when it
// holds at most shortQuote characters (“学创”, （市、区）) or when it is a
// quotation inside another that fits a line of limit half-characters (the
// campaign's name inside the name of the document a notice issues), and
// penaltyLongQuote when it is longer.
func quoteCosts(toks []titleToken, limit int) []float64 {
	type open struct {
		tok, chars int
		nested     bool
	}
	out := make([]float64, len(toks))
	var stack []open
	chars := 0
	quoteOpen := false
	type span struct {
		first, last, chars int
		nested             bool
	}
	var spans []span
	for i, t := range toks {
		for _, r := range t.text {
			switch {
			case r == '"' && !quoteOpen || r != '"' && strings.ContainsRune(openingMarks, r):
				quoteOpen = quoteOpen || r == '"'
				stack = append(stack, open{i, chars, len(stack) > 0})
			case strings.ContainsRune("”’》〉）)」』〕】\"", r) && len(stack) > 0:
				if r == '"' {
					quoteOpen = false
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				spans = append(spans, span{o.tok, i, chars - o.chars + 1, o.nested})
			}
			chars++
		}
	}
	for _, sp := range spans {
		cost := float64(penaltyQuote)
		if sp.chars > shortQuote && !(sp.nested && 2*sp.chars <= limit) {
			cost = penaltyLongQuote
		}
		// A break after any token from the opening one up to the one
		// before the closing one falls inside.
		for i := sp.first; i < sp.last; i++ {
			out[i] += cost
		}
	}
	// Marks never closed (a cut title): as the tokens' depth says.
	for i, t := range toks {
		if out[i] == 0 && t.depth > 0 && len(stack) > 0 && i >= stack[0].tok {
			out[i] = penaltyQuote
		}
	}
	return out
}

// TitleLineFaults checks title lines as a document sets them (one
// paragraph or line break each) against the rules TitleLines keeps: no
// line starts with 的, 和, 与, 、 or 。; no break splits a number from its
// unit (2023|年, 6.2|%) or a number itself; no break falls inside a word
// of the title vocabulary (领导|小组). Each fault is a Chinese sentence
// naming the lines.
func TitleLineFaults(lines []string) []string {
	var out []string
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); strings.ContainsRune(lineStarters, r) {
			out = append(out, fmt.Sprintf("标题第%d行“%s”以“%c”开头", i+1, line, r))
		}
		if i == 0 {
			continue
		}
		prev := []rune(strings.TrimSpace(lines[i-1]))
		cur := []rune(line)
		if len(prev) == 0 {
			continue
		}
		last, first := prev[len(prev)-1], cur[0]
		switch {
		case isDigitRune(last) && (isDigitRune(first) || first == '.' || first == '．'):
			out = append(out, fmt.Sprintf("标题第%d、%d行之间拆开了数字“…%c|%c…”", i, i+1, last, first))
			continue
		case isDigitRune(last) && strings.ContainsRune(numberUnits, first):
			out = append(out, fmt.Sprintf("标题第%d、%d行之间把数字和单位拆开了（“%c|%c”）", i, i+1, last, first))
			continue
		}
		if list := splitList(prev, cur); list != "" {
			out = append(out, fmt.Sprintf("标题第%d、%d行之间拆开了并列的“%s”", i, i+1, list))
			continue
		}
		switch w := splitWord(prev, cur); {
		case w == "":
		case isNumberToken(w):
			out = append(out, fmt.Sprintf("标题第%d、%d行之间拆开了数字“%s”", i, i+1, w))
		default:
			out = append(out, fmt.Sprintf("标题第%d、%d行之间拆开了词语“%s”", i, i+1, w))
		}
	}
	return out
}

// splitList returns the list of one-character items (省、市、区) that a
// break between lines a and b cuts, or "".
func splitList(a, b []rune) string {
	at, bt := tokenizeTitle(string(a)), tokenizeTitle(string(b))
	if len(at) == 0 || len(bt) == 0 || !splitsList(at[len(at)-1], bt[0]) {
		return ""
	}
	var items []string
	for i := len(at) - 1; i >= 0; i-- {
		r, comma, ok := listItem(at[i].text)
		if !ok || !comma || !strings.HasSuffix(at[i].text, "、") {
			break
		}
		items = append([]string{string(r)}, items...)
	}
	for _, t := range bt {
		r, comma, ok := listItem(t.text)
		if !ok {
			break
		}
		items = append(items, string(r))
		if !comma || !strings.HasSuffix(t.text, "、") {
			break
		}
	}
	return strings.Join(items, "、")
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// splitWord returns a word of titleWords that a break between a and b cuts,
// when the tokenizer, reading the two lines as one, would keep it whole.
func splitWord(a, b []rune) string {
	joined := string(a) + string(b)
	pos := 0
	for _, t := range tokenizeTitle(joined) {
		n := utf8.RuneCountInString(t.text)
		if pos < len(a) && pos+n > len(a) {
			core := strings.TrimRight(strings.TrimLeft(t.text, openingMarks), closingMarks)
			if titleWords()[core] || utf8.RuneCountInString(core) > 1 && isNumberToken(core) {
				return core
			}
			return ""
		}
		pos += n
	}
	return ""
}

// isNumberToken reports a token that starts with a digit (2023年, 6.2%).
func isNumberToken(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDigitRune(r)
}

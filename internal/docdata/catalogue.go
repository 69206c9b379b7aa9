package docdata

import (
	"strings"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// Builtin describes a built-in Word template.
type Builtin struct {
	Name     string             // file name in templates/
	Kind     model.DocumentKind // the 文种 it renders
	Manifest string             // the gongwen.yaml output kind that uses it
	Desc     string             // one line, Chinese
}

// Builtins lists the built-in Word templates in the order of the manifest.
var Builtins = []Builtin{
	{"tongzhi.docx", model.Notice, "notice", "红头通知：发文机关标志、发文字号、红色分隔线、标题、主送、正文（一、（一）1.（1））、附件说明、署名、成文日期、附注、附件、版记"},
	{"yinfa.docx", model.IssueNotice, "issue-notice", "印发通知：“现将《…》印发给你们”，所附方案或责任分工另页排在附件中"},
	{"fangan.docx", model.Plan, "plan", "工作方案：按活动数据重新生成综合组工作方案（指导思想、工作职责、工作任务、工作要求）"},
	{"jianghua.docx", model.Speech, "speech", "讲话稿：标题、日期、称谓和分层次的讲话正文"},
	{"fengong.docx", model.Division, "division", "责任分工：按专项活动分组的任务表（序号、工作任务、牵头单位、责任单位、完成时限），表头每页重复"},
	{"jianbao.docx", model.BriefingDoc, "briefing", "简报：红色报头、期号、编印单位和日期、文章、报送范围和印数"},
	{"zongjie.docx", model.Summary, "summary", "总结：主要成效（按数据统计的完成情况）、主要做法、存在问题、下一步打算"},
	{"huibao.docx", model.Report, "report", "向常委会的汇报：工作进展、存在问题、下一步打算、需要研究的事项"},
}

// FindBuiltin finds a built-in template by file name (with or without
// .docx), by 文种 or by manifest kind.
func FindBuiltin(name string) (Builtin, bool) {
	for _, b := range Builtins {
		if name == b.Name || name+".docx" == b.Name || name == string(b.Kind) || name == b.Manifest ||
			strings.EqualFold(name, b.Name) {
			return b, true
		}
	}
	return Builtin{}, false
}

// Restyle gives a template the campaign's fonts and red (profile.fonts,
// profile.red): the built-in templates name the GB/T 9704 defaults in their
// styles, which hold no template actions. Call it once per template and
// campaign, before docx.Parse; data comes back unchanged when the profile
// keeps the defaults.
func Restyle(tpl []byte, c *model.Campaign) ([]byte, error) {
	f := c.Profile.Fonts
	return gbt9704.Restyle(tpl, gbt9704.Fonts{Title: f.Title, Body: f.Body, Kai: f.Kai, Hei: f.Hei, Song: f.Song, Latin: f.Latin}, c.Profile.Red)
}

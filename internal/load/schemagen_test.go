package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/invopop/jsonschema"

	"gongwen/internal/model"
)

// Schema returns the JSON Schema (draft 2020-12) of the campaign data file,
// generated from the model types so that it cannot disagree with the
// loader. It lives in a test file so that the reflector (invopop/jsonschema
// and the YAML v4 and ordered-map packages it pulls in) is not linked into
// the binary, where their package initialisation cost every command ~0.4 MiB
// of resident pages; `gongwen schema` prints the committed copy
// (gongwen/data), which TestSchemaIsCommitted holds equal to this output: the same keys, Chinese titles and descriptions from the `title`
// and `description` struct tags, `enum` tags as enums, periods as strings,
// dates as strings in the forms the loader takes. Editors use it to complete and check
// the file (`# yaml-language-server: $schema=…`). The output is
// deterministic and ends with a newline.
func Schema() []byte {
	r := &jsonschema.Reflector{
		Anonymous:                  true, // no $id: the file is used by relative path
		ExpandedStruct:             true,
		RequiredFromJSONSchemaTags: true, // "required" comes from requiredKeys below
		Mapper:                     schemaMapper,
	}
	root := r.Reflect(&model.Campaign{})
	root.Title = "活动数据"
	root.Description = "gongwen 活动数据文件（YAML 或 JSON）：活动、单位、工作组、专项活动、步骤、任务、会议、简报和拟发文件。用 gongwen validate 检查。"

	types := map[string]reflect.Type{}
	collectTypes(reflect.TypeOf(model.Campaign{}), types)
	annotate(root, types["Campaign"])
	for name, def := range root.Definitions {
		if t, ok := types[name]; ok {
			annotate(def, t)
		}
	}
	if d := root.Definitions["Document"]; d != nil {
		// validate's rule that a notice names its 主送机关 (model.NoticeKinds),
		// so that the schema's required is what the validator requires.
		var kinds []any
		for _, k := range model.NoticeKinds() {
			kinds = append(kinds, string(k))
		}
		kind := jsonschema.NewProperties()
		kind.Set("kind", &jsonschema.Schema{Enum: kinds})
		d.If = &jsonschema.Schema{Properties: kind, Required: []string{"kind"}}
		d.Then = &jsonschema.Schema{Required: []string{"recipients"}}
	}
	root.Properties.Set("$schema", &jsonschema.Schema{Type: "string", Title: "JSON Schema",
		Description: "本文件所依据的 schema，JSON 文件中供编辑器使用；YAML 文件请用 # yaml-language-server: $schema= 注释"})
	if _, err := root.Properties.GetAndMoveToFront("$schema"); err != nil {
		panic(err)
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		// Only a programmer error (an unsupported type) gets here.
		panic(fmt.Sprintf("load: encode schema: %v", err))
	}
	return buf.Bytes()
}

// schemaMapper gives the types the loader reads from text their schema.
func schemaMapper(t reflect.Type) *jsonschema.Schema {
	switch t {
	case timeType:
		// The forms parseDate takes: 2013-03-15, also 2013年3月15日,
		// 2013/3/15, 2013.3.15 (not JSON Schema's format date, which is
		// the ISO form only).
		return &jsonschema.Schema{Type: "string", Pattern: `^\d{4}(-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)$`,
			Examples: []any{"2013-03-15", "2013年3月15日"}}
	case periodType:
		return &jsonschema.Schema{Type: "string", Examples: []any{"2月中旬", "3月上中旬", "3月初-11月底", "5月左右", "全年"}}
	}
	return nil
}

// collectTypes finds the struct types reachable from t, by the name the
// reflector gives their definitions.
func collectTypes(t reflect.Type, out map[string]reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == timeType || t == periodType {
		return
	}
	if _, ok := out[t.Name()]; ok {
		return
	}
	out[t.Name()] = t
	for i := range t.NumField() {
		collectTypes(t.Field(i).Type, out)
	}
}

// annotate copies the Chinese tags of t's fields onto the properties of s.
func annotate(s *jsonschema.Schema, t reflect.Type) {
	if s == nil || s.Properties == nil || t == nil {
		return
	}
	si := infoOf(t)
	s.Required = nil
	for _, fi := range si.fields {
		p, ok := s.Properties.Get(fi.key)
		if !ok {
			continue
		}
		p.Title = fi.title
		p.Description = fi.desc
		if ft := t.Field(fi.index).Type; ft.Kind() == reflect.Map && ft.Elem().Kind() == reflect.String {
			// A task's values are written as a clerk reads them off the
			// table, 分值: 3 as well as 考核方式: 年终考核; the loader
			// keeps either as its text.
			p.AdditionalProperties = &jsonschema.Schema{OneOf: []*jsonschema.Schema{{Type: "string"}, {Type: "number"}}}
		}
		if len(fi.enum) > 0 {
			target := p
			if p.Type == "array" && p.Items != nil {
				target = p.Items
			}
			target.Enum = nil
			for _, e := range fi.enum {
				target.Enum = append(target.Enum, e)
			}
		}
		if fi.required {
			s.Required = append(s.Required, fi.key)
		}
	}
	if s.Title == "" {
		s.Title = typeTitles[t.Name()]
	}
}

// typeTitles names the definitions in Chinese for editors' hover texts.
var typeTitles = map[string]string{
	"Profile": "机关格式配置", "Fonts": "字体", "Organ": "发文机关", "Contact": "联系人",
	"Unit": "单位", "Office": "领导小组办公室", "Group": "工作组", "Activity": "专项活动",
	"Phase": "工作步骤", "Task": "工作任务", "Cadence": "会议制度", "Meeting": "会议",
	"Decision": "议定事项", "Briefings": "简报", "BriefingTheme": "简报重点", "Briefing": "一期简报",
	"Article": "文章", "BriefingRecipients": "报送范围", "Document": "拟发文件", "Section": "正文层次",
	"Attachment": "附件", "Requirement": "工作要求", "WorkPlan": "工作方案",
}

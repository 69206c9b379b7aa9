package docx_test

import (
	"bytes"
	"fmt"

	"gongwen/internal/docx"
	"gongwen/internal/docx/docxtest"
	"gongwen/internal/opc"
)

func Example() {
	// A template as Word saves it: the first action split over two runs,
	// a table row repeated for every task.
	tpl := docxtest.Doc{Body: []docxtest.Block{
		docxtest.P(docxtest.T("关于{{.Acti"), docxtest.B("vity}}"), "的通知"),
		docxtest.P("{{range .Units}}"),
		docxtest.P("{{.}}："),
		docxtest.P("{{end}}"),
		docxtest.Tbl(
			docxtest.TR(docxtest.C("任务"), docxtest.C("牵头单位")),
			docxtest.TR(docxtest.C("{{range .Tasks}}{{.Name}}"), docxtest.C("{{.Lead}}{{end}}"))),
	}}.Bytes()
	pkg, err := opc.Open(bytes.NewReader(tpl), int64(len(tpl)), opc.DefaultLimits)
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := docx.Parse("通知.docx", pkg, docx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	data := map[string]any{
		"Activity": "学创活动",
		"Units":    []string{"各市州", "省直各单位"},
		"Tasks":    []map[string]string{{"Name": "集中学习", "Lead": "省委宣传部"}, {"Name": "R&D <投入>", "Lead": "省科技厅"}},
	}
	var out bytes.Buffer
	if err := t.Execute(&out, data, docx.ExecOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	c, _ := docxtest.ReadDocx(out.Bytes(), "word/document.xml")
	fmt.Println(c.Paras[:3])
	fmt.Println(c.Tables[0])
	fmt.Println(t.Paths())

	// A missing key is an error with its place and data path.
	delete(data["Tasks"].([]map[string]string)[1], "Lead")
	fmt.Println(t.Execute(&out, data, docx.ExecOptions{}))
	// Output:
	// [关于学创活动的通知 各市州： 省直各单位：]
	// [[任务 牵头单位] [集中学习 省委宣传部] [R&D <投入> 省科技厅]]
	// [.Activity .Units[] .Tasks[].Name .Tasks[].Lead]
	// 通知.docx: 正文 第 1 个表格第 2 行第 2 列「{{.Lead}}{{end}}」: 数据中没有「Lead」（数据路径 .Tasks[1].Lead）
}

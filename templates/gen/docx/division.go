package main

import (
	"fmt"

	g "gongwen/internal/gbt9704"
)

// divisionColumn is a column of the responsibility table: the view's list
// of the kind (Heads.X, Cells.X) and its width in twips.
type divisionColumn struct {
	field string
	width int
	jc    string
}

// divisionColumns are the columns the data may choose, one of each kind
// (model.ColumnOrder); DivisionWidths (internal/docdata) puts them in the
// order the data writes them before the template is parsed. The default six (all but 备注) fill the type
// area (156 mm) exactly; 序号 keeps room for its two characters in 小四
// when the table holds all seven. Each repeats zero or one times as the data
// chooses; the engine then spreads the chosen ones over the type area in
// proportion to these widths, so the task column keeps the most room.
var divisionColumns = []divisionColumn{
	{"Group", 1150, ""},
	{"No", 700, ""},
	{"Task", 2894, "left"},
	{"Lead", 1300, ""},
	{"Units", 1500, ""},
	{"Due", 1200, ""},
	{"Notes", 800, ""},
	{"Leaders", 900, ""},
	{"Persons", 900, ""},
	// The second task column (任务内容, 繁昌's 具体任务分解) and the
	// tasks' own values (旌阳's 分值), one cell repeated for each.
	{"Detail", 2894, "left"},
	{"Values", 800, ""},
}

// divisionTable is the responsibility table: a header row repeated on
// every page, one row per task, the columns the data chooses (a column
// loop over zero or one header each), the group column merged over its
// tasks.
func divisionTable(path string) string {
	all := func(side string) string {
		return fmt.Sprintf(`<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
	}
	tblPr := fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, g.TypeWidth) +
		`<w:tblBorders>` + all("top") + all("left") + all("bottom") + all("right") + all("insideH") + all("insideV") + `</w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`
	center := `<w:vAlign w:val="center"/>`
	var head, body, sub []string
	widths := make([]int, len(divisionColumns))
	total := 0
	for i, col := range divisionColumns {
		widths[i] = col.width
		total += col.width
		head = append(head, cell(col.width, center, styled(styleTableHead, "{{range columns .Heads."+col.field+"}}{{.}}{{end}}")))
		text := "{{range columns .Cells." + col.field + "}}{{.}}{{end}}"
		pp := ppr{style: g.StyleTable, jc: col.jc}
		switch col.field {
		case "Group":
			text = "{{range columns .Cells.Group}}{{vmerge .}}{{end}}"
		case "Lead", "Units":
			// A cell that wraps lists its units one a paragraph, 3 pt
			// apart, so a name broken over two lines reads as one.
			text = "{{range columns .Cells." + col.field + "}}{{paras .}}{{end}}"
			pp.spacing = `w:before="60"`
		}
		body = append(body, cell(col.width, center, para(pp, run(rpr{}, text))))
		// A category row laid out 分列 (.Sub): its number and name in
		// 黑体, as the heading row across the table sets them.
		font := rpr{}
		if col.field == "No" || col.field == "Task" {
			font = rpr{font: g.FontHei}
		}
		sub = append(sub, cell(col.width, center, para(pp, run(font, text))))
	}
	// A row of the table is a task, or a category heading its tasks
	// (「一、稳定经济增长」) in one cell across the table when the chosen
	// columns have no 类别, or such a category laid out 分列 (「（一）」 in
	// 序号, its name in the task column: .Sub); the rows between the
	// marker rows repeat. A
	// task's row is kept whole on a page unless the layout estimate lets it
	// run over (.Split: two lines or more of it on each page, or taller
	// than a page), so no split row leaves one line alone on a page.
	span := fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, len(divisionColumns))
	marker := func(a string) string { return row("", cell(total, span, action(a))) }
	heading := cell(total, span+center, para(ppr{style: g.StyleTable, jc: "left"}, run(rpr{font: g.FontHei}, "{{.Heading}}")))
	return table(tblPr, widths,
		row(`<w:cantSplit/><w:tblHeader/>`, head...),
		marker("range "+path+"}}{{if .Heading"),
		row(`<w:cantSplit/>`, heading),
		marker("else if .Sub"),
		row(`<w:cantSplit/>`, sub...),
		marker("else if .Split"),
		row("", body...),
		marker("else"),
		row(`<w:cantSplit/>`, body...),
		marker("end}}{{end"))
}

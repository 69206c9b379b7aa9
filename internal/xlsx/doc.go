// Package xlsx is gongwen's Excel side: a template engine for .xlsx files,
// the builders of the built-in workbooks (责任分工表, 责任矩阵, 推进计划,
// 周工作清单), and the reader of returned check-off lists for
// `gongwen import`. It is the only package that imports excelize.
//
// # Templates
//
// A template is an ordinary workbook whose cells hold Go text/template
// actions. A cell whose whole text is one action ({{.Count}}, {{.Due}})
// keeps the type of the value: numbers are written as numbers, time.Time as
// a real Excel date (with a date format when the cell has none), booleans as
// booleans. Any other cell is executed as text.
//
// A row whose first non-empty cell starts with {{range PIPELINE}} and whose
// last non-empty cell ends with {{end}} is repeated once per item; the cells
// between see the item as dot and the range's variables as declared. When a
// row repeats:
//   - rows below move down, with everything excelize moves (formulas, merged
//     cells, conditional formats, data validations, defined names, pictures)
//     and the comments it does not;
//   - every copy gets the template row's styles, height, static values,
//     single-row merges, and its formulas with relative rows shifted;
//   - a range that ends on the template row (=SUM(D5:D5), also from another
//     sheet, a conditional format or validation on C5, a print area ending
//     at row 5) grows to cover every copy, the convention jxls users know;
//   - with no items the row is removed, unless a range ends on it (a
//     total, a validation, a conditional format): then it stays, its
//     template cells empty, so that those ranges count nothing rather than
//     shrink onto the row above.
//
// Not supported: {{else}} in a range row, nested range rows, ranges
// that span several rows, column repetition, actions inside formulas, rich
// text (a filled cell is plain text in the cell's style), page breaks below
// a repeated row (they stay).
//
// Errors name the sheet and cell of the template (责任分工!C5) and, inside
// a repeated row, the item; all problems are reported, not only the first.
//
// A parsed Template is immutable and safe for concurrent Execute calls.
//
// # Built-in workbooks
//
// Workbooks lists the builders of the four built-in workbooks and Build
// runs one by kind (责任分工表, 责任矩阵, 推进计划, 周工作清单):
//
//	err := xlsx.Build(xlsx.Weekly, campaign, buildDate, w)
//
// 责任分工表 and 周工作清单 are templates in templates/ (fengongbiao.xlsx,
// zhouqingdan.xlsx), written by TemplateFiles through `go generate
// ./templates` and filled by this engine; the builders then merge the
// activity and group columns, fit row heights to the text and put in the
// campaign's fonts. 责任矩阵 is streamed (StreamWriter) and 推进计划 drawn
// cell by cell, since their columns depend on the data. Output is
// deterministic: the same campaign and date give the same bytes.
//
// # Round trip
//
// The 周工作清单 and 责任分工表 carry each task's id in a hidden 任务标识
// column. ReadReturned reads a workbook the units sent back (状态, 完成日期,
// 备注 or 进展情况) into Updates, matched by that id; `gongwen import`
// records them in the campaign file.
package xlsx

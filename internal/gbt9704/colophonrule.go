package gbt9704

// colophonRule is the first (side "top") or last ("bottom") rule of a
// 版记 laid out as a table: the table's own border, or — as LibreOffice
// saves a table's borders — the same border on every cell of the first or
// last row. It returns nil when neither draws a line.
func colophonRule(tbl *node, side string) *node {
	drawn := func(e *node) bool {
		if e == nil {
			return false
		}
		sz, _ := atoi(e.get("sz"))
		v := e.get("val")
		return v != "nil" && v != "none" && sz > 0
	}
	if e := tbl.path("tblPr", "tblBorders", side); drawn(e) {
		return e
	}
	var rows []*node
	for _, c := range tbl.children {
		if c.name == "tr" {
			rows = append(rows, c)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	row := rows[0]
	if side == "bottom" {
		row = rows[len(rows)-1]
	}
	var rule *node
	for _, c := range row.children {
		if c.name != "tc" {
			continue
		}
		e := c.path("tcPr", "tcBorders", side)
		if !drawn(e) {
			return nil
		}
		// The thinnest cell's border is the rule's width.
		if a, b := e.get("sz"), rule.get("sz"); rule == nil || atoiOr0(a) < atoiOr0(b) {
			rule = e
		}
	}
	return rule
}

func atoiOr0(s string) int {
	n, _ := atoi(s)
	return n
}

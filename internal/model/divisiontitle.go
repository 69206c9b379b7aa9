package model

// DivisionTitle is the title the data itself gives the programme's
// division: the title of its one 责任分工 document, else the title of the
// attachment that prints the generated division (source: division) in its
// notices, when they all give the same; "" when the data gives none, or
// several that differ. The standalone 责任分工 and the Excel 责任分工表
// take it rather than add 责任分工 to the programme's name, a title no
// source printed (繁昌 「2023年区政府重点工作任务」 came out
// 「…任务责任分工」, QA s10 13).
func (c *Campaign) DivisionTitle() string {
	if c.Campaigning() {
		return ""
	}
	one := func(titles []string) string {
		if len(titles) == 0 {
			return ""
		}
		for _, t := range titles[1:] {
			if t != titles[0] {
				return ""
			}
		}
		return titles[0]
	}
	var docs, attached []string
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind == Division && d.Title != "" {
			docs = append(docs, d.Title)
		}
		for _, a := range d.Attachments {
			if a.Source == AttachDivision && a.Title != "" {
				attached = append(attached, a.Title)
			}
		}
	}
	if len(docs) > 0 {
		return one(docs)
	}
	return one(attached)
}

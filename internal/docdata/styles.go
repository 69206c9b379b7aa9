package docdata

// Style is the paragraph style a block takes in the built-in templates, as
// Word shows its name: 一级标题 to 四级标题 for the four heading levels,
// 公文正文 for a plain paragraph. A template writes {{pstyle .Style}} in one
// paragraph instead of one paragraph per level. The rest of a paragraph
// cut at a line's end (splitLoneBody) is in 正文 (Normal): the body's
// font without its indent.
func (b Block) Style() string {
	if b.cont {
		return "Normal"
	}
	switch b.Level {
	case 1:
		return "一级标题"
	case 2:
		return "二级标题"
	case 3:
		return "三级标题"
	case 4:
		return "四级标题"
	}
	return "公文正文"
}

// Style is the paragraph style of a line of the 附件说明 in the built-in
// templates: wrapped names align after the number when the attachments
// are numbered, after 附件： when there is one.
func (n AttachmentNote) Style() string {
	if n.Number != "" {
		return "附件说明"
	}
	return "附件说明（单个）"
}

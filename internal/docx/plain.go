package docx

// Plain XML parts (docProps/core.xml): actions may stand in the character
// data of any element; values are escaped without run markup.

func (c *compiler) collectPlain() {
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.kind {
			case kindElem:
				walk(k)
			case kindText:
				txt := unescape(c.src[k.start:k.end])
				p := &para{n: nil, part: c.part, full: txt}
				c.findIn(p)
				if len(p.acts) > 0 {
					for _, a := range p.acts {
						a.place = placeText
						a.textParent = n
					}
					c.plainText[k] = p
				}
			}
		}
	}
	c.plainText = map[*node]*para{}
	walk(c.root)
}

func (c *compiler) emitPlain(n *node) {
	for _, k := range n.kids {
		switch {
		case k.kind == kindElem:
			c.raw(k.start, k.tagEnd)
			if k.closeStart != k.end {
				c.emitPlain(k)
				c.raw(k.closeStart, k.end)
			}
		case c.plainText[k] != nil:
			p := c.plainText[k]
			last := 0
			var buf []byte
			for _, a := range p.acts {
				buf = escapeText(buf[:0], p.full[last:a.start])
				c.out.Write(buf)
				c.emitAction(a)
				last = a.end
			}
			buf = escapeText(buf[:0], p.full[last:])
			c.out.Write(buf)
		default:
			c.raw(k.start, k.end)
		}
	}
}

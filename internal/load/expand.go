package load

import "go.yaml.in/yaml/v3"

// expansion bounds the text a document holds once its aliases are
// expanded. The node budget alone lets a 1 MB string repeated through 300
// aliases pass as 300 nodes; everything after loading (checks, summaries,
// rendering) then works on 300 MB. The text may grow to four times what
// the file spells out, plus a margin: merge keys and anchors used a few
// times are normal, a multiplication is not.
type expansion struct {
	left int64 // bytes of scalar text still allowed
}

func newExpansion(doc *yaml.Node) expansion {
	return expansion{left: 4*scalarBytes(doc, 0) + 1<<20}
}

// spend counts a scalar reached through the tree (an alias's target each
// time it is used) and reports whether the budget still holds.
func (e *expansion) spend(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		return true
	}
	e.left -= int64(len(n.Value))
	return e.left >= 0
}

// scalarBytes is the text of the tree's scalars, aliases not expanded.
func scalarBytes(n *yaml.Node, depth int) int64 {
	if n == nil || depth > 10000 {
		return 0
	}
	c := int64(len(n.Value))
	if n.Kind == yaml.AliasNode {
		c = 0
	}
	for _, ch := range n.Content {
		c += scalarBytes(ch, depth+1)
	}
	return c
}

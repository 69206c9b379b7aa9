package load

import (
	"strings"

	"gongwen/internal/model"
)

// place turns the model's semantic problems into located diagnostics. A
// problem on a path where decoding already failed (or inside it, or around
// it) is dropped: the value was never set, so the decoding error says it
// better and the user sees one message per mistake.
func (d *decoder) place(problems []model.Problem) Diagnostics {
	var out Diagnostics
	for _, p := range problems {
		if d.decodedBadly(p.Path) {
			continue
		}
		line, col := d.locate(p.Path)
		out = append(out, Diagnostic{File: d.file, Line: line, Col: col, Path: p.Path, Msg: p.Msg})
	}
	return out
}

func (d *decoder) decodedBadly(path string) bool {
	for _, b := range d.bad {
		if within(path, b) || within(b, path) {
			return true
		}
	}
	return false
}

// within reports whether path is inner or equal to outer: tasks[3].lead[0]
// is within tasks[3] and tasks[3].lead, not within tasks[30].
func within(path, outer string) bool {
	if outer == "" {
		return true
	}
	if !strings.HasPrefix(path, outer) {
		return false
	}
	rest := path[len(outer):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}

// locate finds the line and column of a key path: the value's node, or for
// a key that is not in the file, the nearest enclosing node that is.
func (d *decoder) locate(path string) (int, int) {
	for p := path; ; {
		if n := d.pos[p]; n != nil && n.Line > 0 {
			return n.Line, n.Column
		}
		if p == "" {
			return 0, 0
		}
		p = parent(p)
	}
}

// parent drops the last key or index of a path.
func parent(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

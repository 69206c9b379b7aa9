package xlsx

import (
	"context"
	"errors"
	"fmt"
	"text/template/parse"
	"time"

	"github.com/xuri/excelize/v2"
)

// ErrTooLarge is returned (wrapped) when the cells' text of one execution
// passes ExecOptions.MaxOutput.
var ErrTooLarge = errors.New("输出超过大小上限")

// ErrTimeout is returned (wrapped) when an execution passes its time limit
// or its context is cancelled.
var ErrTimeout = errors.New("渲染超时")

const (
	defaultMaxOutput = 256 << 20
	defaultTimeout   = time.Minute
	// maxCellBytes is what one cell may be printed into before it is
	// refused: Excel holds TotalCellChars characters of up to 4 bytes.
	maxCellBytes = excelize.TotalCellChars * 4
	// maxTemplateCells bounds the cells a template sheet's used area may
	// span; a value in XFD1048576 would otherwise have the parser visit
	// seventeen billion cells.
	maxTemplateCells = 1 << 20
)

// budget is the limits of one execution, shared by every cell.
type budget struct {
	ctx      context.Context
	deadline time.Time
	limit    int64
	left     int64 // bytes the cells may still print
	built    int64 // bytes the template's functions built (funcs.Metered)
	ticks    uint
	err      error // the first limit passed: the execution stops
}

func newBudget(opts ExecOptions) *budget {
	b := &budget{ctx: opts.Context, left: opts.MaxOutput}
	if b.ctx == nil {
		b.ctx = context.Background()
	}
	if b.left <= 0 {
		b.left = defaultMaxOutput
	}
	b.limit = b.left
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	b.deadline = time.Now().Add(timeout)
	return b
}

// clock fails once the deadline has passed or the context is done.
func (b *budget) clock() error {
	if b.err != nil {
		return b.err
	}
	if err := b.ctx.Err(); err != nil {
		b.err = fmt.Errorf("%w（%s）", ErrTimeout, why(err))
	} else if time.Now().After(b.deadline) {
		b.err = fmt.Errorf("%w（超过时限）", ErrTimeout)
	}
	return b.err
}

// charge counts n bytes built by a function against the execution's
// cap, which bounds them as it bounds the cells' text, separately: a
// cell cannot hold what {{$l = append $l (printf …)}} keeps in a variable.
func (b *budget) charge(n int64) error {
	if b.err != nil {
		return b.err
	}
	if b.built += n; b.built > b.limit {
		b.err = fmt.Errorf("%w（模板函数累计生成的文字超过 %d 字节；模板中可能有反复拼接文字的循环）", ErrTooLarge, b.limit)
	}
	return b.err
}

// tick is called on every range iteration; it looks at the clock every
// 1024th time.
func (b *budget) tick() (string, error) {
	b.ticks++
	if b.ticks&1023 == 0 {
		return "", b.clock()
	}
	return "", nil
}

// cellBuffer collects one cell's text, refusing it as it grows past what a
// cell can hold or what the execution may still print — so
// {{range 1000000000}}x{{end}} fails after 128 KB, not after a gigabyte.
type cellBuffer struct {
	b   *budget
	buf []byte
}

var errCellTooLong = fmt.Errorf("文字超过单元格上限 %d 字", excelize.TotalCellChars)

func (c *cellBuffer) Write(p []byte) (int, error) {
	if len(c.buf)+len(p) > maxCellBytes {
		return 0, errCellTooLong
	}
	if c.b.left -= int64(len(p)); c.b.left < 0 {
		c.b.err = fmt.Errorf("%w（%d 字节）", ErrTooLarge, c.b.limit)
		return 0, c.b.err
	}
	c.buf = append(c.buf, p...)
	if c.b.ticks++; c.b.ticks&1023 == 0 {
		if err := c.b.clock(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// tickLoops makes every range of the tree call __tick on each iteration,
// so a loop that prints nothing still meets the time limit.
func tickLoops(n parse.Node) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, k := range x.Nodes {
			tickLoops(k)
		}
	case *parse.IfNode:
		tickLoops(x.List)
		tickLoops(x.ElseList)
	case *parse.WithNode:
		tickLoops(x.List)
		tickLoops(x.ElseList)
	case *parse.RangeNode:
		tickLoops(x.List)
		tickLoops(x.ElseList)
		if x.List != nil {
			call := &parse.ActionNode{NodeType: parse.NodeAction, Pos: x.Pos, Line: x.Line,
				Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: x.Pos, Line: x.Line, Cmds: []*parse.CommandNode{{
					NodeType: parse.NodeCommand, Pos: x.Pos,
					Args: []parse.Node{parse.NewIdentifier("__tick").SetTree(nil).SetPos(x.Pos)},
				}}}}
			x.List.Nodes = append([]parse.Node{call}, x.List.Nodes...)
		}
	}
}

// why says in Chinese why a context ended.
func why(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "超过时限"
	}
	return "已取消"
}

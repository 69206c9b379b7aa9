package build

import (
	"fmt"
)

// MemoryNeed is the memory a build of a campaign data file of size bytes is
// expected to take at its peak, for refusing a build up front rather than
// running out of memory halfway. It is linear in the data: planning holds
// the loaded campaign and every document's view, and the workbooks' engine
// holds a sheet's cells while writing it (one workbook at a time, see
// queue). Measured: a build of 60 000 tasks (11.8 MB of YAML) peaks at
// 744 MiB of live heap and 1.5 GiB resident; 128 bytes per byte of data
// covers the resident figure, which the Go runtime's collections need
// besides the live heap. TestMemoryPerTask holds the cost per task.
func MemoryNeed(size int64) int64 {
	return needBase + needPerByte*max(size, 0)
}

const (
	needBase    = 64 << 20
	needPerByte = 128
)

// MemoryError is a build refused because it would need more memory than
// the budget.
type MemoryError struct {
	Data   string
	Size   int64 // of the data file
	Need   int64 // MemoryNeed(Size)
	Budget int64
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("数据文件 %s（%s）构建约需 %s 内存，超过可用的 %s，未开始构建；请拆分数据（如按年度或专项活动），或在内存更大的机器上构建（--memory 可调整上限）",
		e.Data, mib(e.Size), mib(e.Need), mib(e.Budget))
}

// CheckMemory refuses a build of a data file of size bytes that would need
// more than budget bytes; a budget of 0 or less is no limit.
func CheckMemory(data string, size, budget int64) error {
	if budget <= 0 {
		return nil
	}
	if need := MemoryNeed(size); need > budget {
		return &MemoryError{Data: data, Size: size, Need: need, Budget: budget}
	}
	return nil
}

func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d MiB", (n+1<<19)>>20)
}

// Package synth makes big campaign data for tests of speed and memory: a
// campaign file with thousands of generated tasks, instead of committing a
// file of megabytes.
package synth

import (
	"bytes"
	"fmt"
)

// Tasks returns the campaign YAML seed (such as data/xuechuang.yaml) with n
// generated tasks put before its own. The tasks are valid and varied the
// way real ones are: every phase, office group, lead unit and status, some
// finished without a record (summaries then hold a placeholder for each),
// some under way with a progress note. A task takes about 170 bytes, so
// 60 000 tasks make a file of about 10 MB.
func Tasks(seed []byte, n int) []byte {
	const key = "\ntasks:\n"
	i := bytes.Index(seed, []byte(key))
	if i < 0 {
		panic("synth: the seed has no tasks")
	}
	i += len(key)
	var b bytes.Buffer
	b.Grow(len(seed) + 180*n)
	b.Write(seed[:i])
	phases := []string{"fd", "ss", "zj"}
	groups := []string{"zhz", "xcz", "ddz"}
	leads := []string{"xcb", "zzb", "qzlx", "fgw"}
	statuses := []string{"推进中", "已完成", "未启动", "已销号"}
	for k := range n {
		month := 3 + k%9
		st := statuses[k%4]
		fmt.Fprintf(&b, "  - id: g%d\n    title: 任务%d\n    text: %d月，落实任务%d。\n    period: %d月\n", k, k, month, k, month)
		fmt.Fprintf(&b, "    phase: %s\n    group: %s\n    lead: [%s]\n    status: %s\n", phases[k%3], groups[k%3], leads[k%4], st)
		switch st {
		case "已完成", "已销号":
			fmt.Fprintf(&b, "    done_on: 2013-%02d-1%d\n", 3+k%4, k%9)
		case "推进中":
			fmt.Fprintf(&b, "    record:\n      progress:\n        - {date: 2013-05-16, unit: zhz, text: 任务%d进展顺利}\n", k)
		}
	}
	b.Write(seed[i:])
	return b.Bytes()
}

package data_test

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/clients"
	"gongwen/internal/load"
)

var (
	// dateLine is a 成文日期 on a line of its own, under the 署名.
	dateLine = regexp.MustCompile(`^[\s　]*\d{4}年\d{1,2}月\d{1,2}日[\s　]*$`)
	// printed is the 版记's last line: the 印发机关 and the 印发日期.
	printed = regexp.MustCompile(`^[\s　]*(.+?)[\s　]*\d{4}年\d{1,2}月\d{1,2}日印发[\s　]*$`)
)

// Every document of an example is signed (署名) and printed (印发机关) by
// the full name of one the data defines — an organ of profile.organs, its
// 印发机关 (printer), or the office — and the same one signs every document
// of a kind: quzhengfu's 督办情况汇总 was signed 区政府办公室 while its
// 督办通知 were signed 宁川区人民政府办公室, and yaodian's 印发通知 was
// printed by 宁川市商务局办公室, its 督办通知 by 宁川市商务局.
func TestExampleSigners(t *testing.T) {
	manifests, err := filepath.Glob("examples/*/gongwen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, manifest := range manifests {
		dir := filepath.Dir(manifest)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m, err := build.ReadManifest(manifest, true)
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := load.File(filepath.Join(dir, m.Data))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, o := range c.Profile.Organs {
				names = append(names, o.Name)
				if o.Printer != "" {
					names = append(names, o.Printer)
				}
			}
			if c.Office.Name != "" {
				names = append(names, c.Office.Name)
			}
			jobs, err := build.Plan(context.Background(), m, c, m.Date)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := build.Run(context.Background(), jobs, build.Options{Out: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			signers, printers := map[string]string{}, map[string]string{} // name → first file
			signed := 0
			for _, r := range rep.Results {
				if filepath.Ext(r.Path) != ".docx" {
					continue
				}
				file := filepath.Base(r.Path)
				// python-docx reads the body's paragraphs apart from the
				// tables (a 督办's task table, the 版记).
				d := clients.ReadDocx(t, r.Path)
				var prev string
				for _, line := range d.Paragraphs {
					s := strings.Trim(line, " \t　")
					if s == "" {
						continue
					}
					if dateLine.MatchString(line) && prev != "" {
						signed++
						if !slices.Contains(names, prev) {
							t.Errorf("%s is signed %q, which is no full name the data defines (%q)", file, prev, names)
						}
						signers[prev+"\x00"+r.Kind] = file
					}
					prev = s
				}
				for _, tb := range d.Tables {
					for _, row := range tb {
						for _, cell := range row {
							for _, line := range strings.Split(cell, "\n") {
								m := printed.FindStringSubmatch(line)
								if m == nil {
									continue
								}
								if !slices.Contains(names, m[1]) {
									t.Errorf("%s is printed by %q, which is no full name the data defines (%q)", file, m[1], names)
								}
								printers[m[1]] = file
							}
						}
					}
				}
			}
			if signed == 0 {
				t.Fatal("no document is signed")
			}
			if len(printers) > 1 {
				t.Errorf("the documents name %d 印发机关: %v", len(printers), printers)
			}
			kinds := map[string]string{}
			for k, file := range signers {
				name, kind, _ := strings.Cut(k, "\x00")
				if other, ok := kinds[kind]; ok && other != name {
					t.Errorf("%s: %s signed %q, another %q", file, kind, name, other)
				}
				kinds[kind] = name
			}
		})
	}
}

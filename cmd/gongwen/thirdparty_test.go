package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// A patched copy of a module under third_party/ (README: 依赖及原因): what
// the copy must be upstream's release plus exactly these edits.
type patchedModule struct {
	dir, module string
	h1          string   // upstream's go.sum hash, as sum.golang.org has it
	ours        []string // files that are ours, not upstream's
	edits       []edit
	rewrites    []rewrite // applied after the edits are undone
}

// edit replaced old by new n times in file.
type edit struct {
	file, old, new string
	n              int
}

// rewrite made n changes to file that undo takes back.
type rewrite struct {
	file string
	n    int
	undo func(patched string) (upstream string, n int)
}

// lazyTables undoes decimal's wrapping of its coefficient tables in
// lazyDecimals (gofmt indents the wrapped lines one tab deeper).
func lazyTables(s string) (string, int) {
	re := regexp.MustCompile(`var (\w+) = lazyDecimals\(func\(\) \[\]Decimal \{\n\treturn \[\]Decimal\{\n((?:\t\t.*\n)*)\t\}\n\}\)\n`)
	n := 0
	s = re.ReplaceAllStringFunc(s, func(m string) string {
		n++
		sub := re.FindStringSubmatch(m)
		return "var " + sub[1] + " = [...]Decimal{\n" + strings.ReplaceAll(sub[2], "\t\t", "\t") + "}\n"
	})
	return s, n
}

// lazyMaps undoes excelize's wrapping of its big tables in onFirstUse:
// "NAME = onFirstUse(func() T {\n\treturn T{\n…\t}\n})" back to
// "NAME = T{\n…}" (gofmt indents the wrapped lines one tab deeper).
func lazyMaps(s string) (string, int) {
	re := regexp.MustCompile(`(?m)^(\t?)((?:var )?\w+) = onFirstUse\(func\(\) (map\[.*) \{\n\t*return map\[.*\{\n((?:.*\n)*?)\t*\t\}\n\t*\}\)\n`)
	n := 0
	s = re.ReplaceAllStringFunc(s, func(m string) string {
		n++
		sub := re.FindStringSubmatch(m)
		ind := sub[1]
		var body strings.Builder
		for _, l := range strings.SplitAfter(sub[4], "\n") {
			body.WriteString(strings.TrimPrefix(l, "\t"))
		}
		return ind + sub[2] + " = " + sub[3] + "{\n" + body.String() + ind + "}\n"
	})
	return s, n
}

var patchedModules = []patchedModule{
	{
		dir:    "excelize",
		module: "github.com/xuri/excelize/v2@v2.11.1",
		h1:     "h1:tm/FVufArvfUiJXJtGv8jna/zZS1t9Uji2ImsnS9iBo=",
		ours:   []string{"lazy.go", "UPSTREAM.sum"},
		edits: []edit{
			{"calc.go", "regexp.MustCompile(", "lazyRegexp(", 20},
			{"calc.go", "map[string]*regexp.Regexp{", "map[string]*lazyRE{", 2},
			{"calc.go", "[]*regexp.Regexp{", "[]*lazyRE{", 2},
			{"lib.go", "regexp.MustCompile(", "lazyRegexp(", 2},
			{"lib.go", "\t\"reflect\"\n\t\"regexp\"\n", "\t\"reflect\"\n", 1},
			{"lib.go", "var columnNames = func() []string {", "func makeColumnNames() []string {", 1},
			{"lib.go", "\treturn names\n}()\n", "\treturn names\n}\n", 1},
			{"lib.go", "columnNames[num]", "columnNames()[num]", 1},
			{"table.go", "regexp.MustCompile(", "lazyRegexp(", 4},
			{"table.go", "\t\"io\"\n\t\"regexp\"\n", "\t\"io\"\n", 1},
			{"styles.go", "currencyNumFmt[", "currencyNumFmt()[", 3},
			{"styles.go", "range currencyNumFmt {", "range currencyNumFmt() {", 1},
			{"numfmt.go", "supportedLanguageInfo[", "supportedLanguageInfo()[", 1},
			{"numfmt.go", "range supportedLanguageInfo {", "range supportedLanguageInfo() {", 1},
			{"numfmt.go", "langNumFmt[", "langNumFmt()[", 4},
			{"col.go", "supportedFontWidthFactors[", "supportedFontWidthFactors()[", 1},
			{"calc.go", "conversionUnits[", "conversionUnits()[", 3},
			{"calc.go", "unitConversions[", "unitConversions()[", 2},
		},
		// langNumFmt, currencyNumFmt, supportedLanguageInfo, supportedFontWidthFactors,
		// conversionUnits, unitConversions = map…{…} → onFirstUse(func…)
		rewrites: []rewrite{{"numfmt.go", 3, lazyMaps}, {"templates.go", 1, lazyMaps}, {"calc.go", 2, lazyMaps}},
	},
	{
		dir:    "semver",
		module: "github.com/Masterminds/semver/v3@v3.3.0",
		h1:     "h1:B8LGeaivUe71a5qox1ICM/JLl0NqZSW5CHyL+hmvYS0=",
		ours:   []string{"lazy.go", "UPSTREAM.sum"},
		edits: []edit{
			{"constraints.go", "var constraintRegex *regexp.Regexp", "var constraintRegex *lazyRE", 1},
			{"constraints.go", "var constraintRangeRegex *regexp.Regexp", "var constraintRangeRegex *lazyRE", 1},
			{"constraints.go", "var findConstraintRegex *regexp.Regexp", "var findConstraintRegex *lazyRE", 1},
			{"constraints.go", "var validConstraintRegex *regexp.Regexp", "var validConstraintRegex *lazyRE", 1},
			{"constraints.go", "regexp.MustCompile(", "lazyRegexp(", 4},
			{"constraints.go", "\t\"fmt\"\n\t\"regexp\"\n", "\t\"fmt\"\n", 1},
			{"version.go", "var versionRegex *regexp.Regexp", "var versionRegex *lazyRE", 1},
			{"version.go", "regexp.MustCompile(", "lazyRegexp(", 1},
			{"version.go", "\t\"fmt\"\n\t\"regexp\"\n", "\t\"fmt\"\n", 1},
		},
	},
	{
		dir:    "colorstring",
		module: "github.com/mitchellh/colorstring@v0.0.0-20190213212951-d06e56a500db",
		h1:     "h1:62I3jR2EmQ4l5rM/4FEfDWcRD+abF5XlKShorW5LRoQ=",
		ours:   []string{"lazy.go", "UPSTREAM.sum"},
		edits: []edit{
			{"colorstring.go", "var parseRe = regexp.MustCompile(", "var parseRe = lazyRegexp(", 1},
			{"colorstring.go", "var prefixRe = regexp.MustCompile(", "var prefixRe = lazyRegexp(", 1},
			{"colorstring.go", "\t\"io\"\n\t\"regexp\"\n", "\t\"io\"\n", 1},
		},
	},
	{
		dir:    "decimal",
		module: "github.com/shopspring/decimal@v1.4.0",
		h1:     "h1:bxl37RwXBklmTi0C79JfXCEBD1cqqHt0bbgBAGFp81k=",
		ours:   []string{"lazy.go", "UPSTREAM.sum"},
		edits: []edit{
			{"const.go", "\tln10 = newConstApproximation(strLn10)\n", "\tln10 = lazyConst(strLn10)\n", 1},
			{"decimal.go", "ln10.withPrecision(", "ln10().withPrecision(", 1},
			{"decimal.go", "_sin[", "_sin()[", 12},
			{"decimal.go", "_cos[", "_cos()[", 12},
			{"decimal.go", "_tanP[", "_tanP()[", 3},
			{"decimal.go", "_tanQ[", "_tanQ()[", 4},
		},
		rewrites: []rewrite{{"decimal.go", 4, lazyTables}}, // var _sin = [...]Decimal{…} → lazyDecimals(func…)
	},
}

// Every file of a patched copy, its edits undone, is byte for byte the
// file of upstream's release: UPSTREAM.sum lists the release's files with
// their SHA-256 (the summary that go.sum's h1 hash is the SHA-256 of, so
// the list itself is checked against go.sum's hash); files upstream has and
// the copy leaves out (tests, test data, docs) are simply not built.
func TestThirdPartyIsUpstreamPlusEdits(t *testing.T) {
	for _, m := range patchedModules {
		t.Run(m.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "third_party", m.dir)
			sum, err := os.ReadFile(filepath.Join(dir, "UPSTREAM.sum"))
			if err != nil {
				t.Fatal(err)
			}
			h := sha256.Sum256(sum)
			if got := "h1:" + base64.StdEncoding.EncodeToString(h[:]); got != m.h1 {
				t.Fatalf("UPSTREAM.sum hashes to %s, not to upstream's %s", got, m.h1)
			}
			want := map[string]string{}
			sc := bufio.NewScanner(bytes.NewReader(sum))
			for sc.Scan() {
				hash, name, ok := strings.Cut(sc.Text(), "  ")
				if !ok || !strings.HasPrefix(name, m.module+"/") {
					t.Fatalf("UPSTREAM.sum: bad line %q", sc.Text())
				}
				want[strings.TrimPrefix(name, m.module+"/")] = hash
			}
			byFile := map[string][]edit{}
			for _, e := range m.edits {
				byFile[e.file] = append(byFile[e.file], e)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var files []string
			for _, e := range entries {
				files = append(files, e.Name())
			}
			sort.Strings(files)
			for _, name := range files {
				if contains(m.ours, name) {
					continue
				}
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				s := string(b)
				for _, e := range byFile[name] {
					if n := strings.Count(s, e.new); n != e.n {
						t.Errorf("%s: %q occurs %d times, the edit made it %d", name, e.new, n, e.n)
					}
					s = strings.ReplaceAll(s, e.new, e.old)
				}
				for _, r := range m.rewrites {
					if r.file == name {
						var n int
						if s, n = r.undo(s); n != r.n {
							t.Errorf("%s: undid %d changes, the rewrite made %d", name, n, r.n)
						}
					}
				}
				delete(byFile, name)
				if want[name] == "" {
					t.Errorf("%s is not a file of %s", name, m.module)
				} else if got := fmt.Sprintf("%x", sha256.Sum256([]byte(s))); got != want[name] {
					t.Errorf("%s with its edits undone differs from upstream's (a change not listed in patchedModules?)", name)
				}
			}
			for name := range byFile {
				t.Errorf("edits listed for %s, which the copy does not have", name)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// writeProject writes a clerk's folder into dir: the data file and a
// gongwen.yaml that builds outputs (a YAML flow list's items) from it as
// of date, into dir/out.
func writeProject(t *testing.T, dir, dataName, data, date, outputs string) {
	t.Helper()
	manifest := "data: " + dataName + "\nout: out\ndate: " + date + "\noutputs: [" + outputs + "]\n"
	for name, text := range map[string]string{dataName: data, "gongwen.yaml": manifest} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// buildProject builds dir/gongwen.yaml into an emptied dir/out with the
// extra flags given; a build that fails ends the test.
func buildProject(t *testing.T, dir string, flags ...string) (out, errOut string) {
	t.Helper()
	os.RemoveAll(filepath.Join(dir, "out"))
	args := append([]string{"build", "-f", filepath.Join(dir, "gongwen.yaml"), "--out", filepath.Join(dir, "out")}, flags...)
	code, out, errOut := run(args...)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
	}
	return out, errOut
}

package data_test

import (
	"context"
	"path/filepath"
	"testing"

	"gongwen/internal/build"
	"gongwen/internal/load"
	"gongwen/internal/model"
)

// buildKind builds one kind of the manifest's programme into a temporary
// folder, as `gongwen build` would with only that output; edit, when given,
// changes the loaded data first (the change must pass the model's check).
func buildKind(t *testing.T, manifest, kind string, edit func(*model.Campaign)) (*build.Report, *build.Manifest, *model.Campaign) {
	t.Helper()
	m, err := build.ReadManifest(manifest, true)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := load.File(filepath.Join(filepath.Dir(manifest), m.Data))
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(c)
		if errs := c.Check(); len(errs) > 0 {
			t.Fatal(errs)
		}
	}
	m.Outputs = []build.Entry{{Kind: kind}}
	jobs, err := build.Plan(context.Background(), m, c, m.Date)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := build.Run(context.Background(), jobs, build.Options{Out: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return rep, m, c
}

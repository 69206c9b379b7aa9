package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"gongwen/internal/build"
)

// dataHelp is how every command's --data says which file it reads when
// not told: the same one build reads.
const dataHelp = "默认读取当前目录 gongwen.yaml 的 data，没有时读 " + defaultDataFile

// dataSource is the campaign file a command reads, where that path came
// from, and the programme's build date when the data is the programme's.
type dataSource struct {
	Path string
	// From names where Path came from, for a message about a file that is
	// not there: a clerk told of a file they never named must learn why.
	From string
	Date time.Time // the manifest's date:, zero when none applies
}

// resolveData picks the data a command reads, as build does: the path the
// user gave wins; else the data: of ./gongwen.yaml (relative to it); else
// the default data file. The manifest's date: comes with its data, also
// when the given path is that same file, but not with other data: a date
// of one programme says nothing about another's.
func resolveData(given string) (dataSource, error) {
	m, err := projectManifest()
	if err != nil {
		return dataSource{}, err
	}
	if given != "" {
		src := dataSource{Path: given, From: "命令行给出"}
		if m != nil && samePath(given, m.Path(m.Data)) {
			src.Date = m.Date
		}
		return src, nil
	}
	if m != nil {
		src := dataSource{Path: m.Path(m.Data), From: m.Name + " 中 data 指定", Date: m.Date}
		return src, src.exists()
	}
	src := dataSource{Path: defaultDataFile, From: "默认数据文件：当前目录没有 " + defaultManifest}
	return src, src.exists()
}

// exists reports a data file that is not there with where its path came
// from; any other problem reading it is left to the loader.
func (s dataSource) exists() error {
	if _, err := os.Stat(s.Path); errors.Is(err, fs.ErrNotExist) {
		return badInput(errors.New(s.Path + "：文件不存在（" + s.From + "）"))
	}
	return nil
}

// projectManifest is ./gongwen.yaml, nil when there is none. A manifest
// that is there but wrong is an error: reading some other data instead
// would hide it.
func projectManifest() (*build.Manifest, error) {
	if _, err := os.Stat(defaultManifest); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	m, err := build.ReadManifest(defaultManifest, true)
	if err != nil {
		return nil, badInput(err)
	}
	return m, nil
}

func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"gongwen/internal/cn"
	"gongwen/internal/load"
	"gongwen/internal/model"
)

// loadCampaignFor reads the data file, printing its problems.
func loadCampaignFor(ios *IOStreams, path string) (*model.Campaign, error) {
	c, warns, err := load.File(path)
	if err != nil {
		var ds load.Diagnostics
		if !errors.As(err, &ds) {
			return nil, badInput(fmt.Errorf("读取 %s：%w", path, err))
		}
		writeDiagnostics(ios.ErrOut, path, ds.Errors())
		fmt.Fprintf(ios.ErrOut, "%s：数据文件有 %d 个错误，请先修正（gongwen validate）\n", path, len(ds.Errors()))
		return nil, reported(len(ds.Errors()))
	}
	// Advice is about the drafts build writes (validate and build say
	// it); checking a template or listing fields need not repeat it.
	var own load.Diagnostics
	for _, w := range warns {
		if !w.Advice {
			own = append(own, w)
		}
	}
	writeDiagnostics(ios.ErrOut, path, own)
	return c, nil
}

// readDataToUpdate reads a campaign file that an import is about to
// change: its bytes, to splice the changes into, and the campaign, which
// must be valid before anything is recorded in it.
func readDataToUpdate(ios *IOStreams, path string) ([]byte, *model.Campaign, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, badInput(fmt.Errorf("读取数据文件 %s：%v", path, err))
	}
	c, _, err := load.Bytes(path, src)
	if err != nil {
		var ds load.Diagnostics
		if errors.As(err, &ds) {
			writeDiagnostics(ios.ErrOut, path, ds.Errors())
			fmt.Fprintf(ios.ErrOut, "%s：数据文件本身有错误，请先修正（gongwen validate）再导入\n", path)
			return nil, nil, reported(len(ds.Errors()))
		}
		return nil, nil, fmt.Errorf("读取 %s：%w", path, err)
	}
	return src, c, nil
}

// loadCalendar is the working-day calendar: the statutory holidays and
// 调休 workdays gongwen knows, with the override file's days when one is
// given (--holidays).
func loadCalendar(path string) (*cn.Calendar, error) {
	if path == "" {
		return cn.DefaultCalendar(), nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, badInput(fmt.Errorf("节假日文件 %s 不存在", path))
	}
	cal, err := cn.LoadCalendar(path)
	if err != nil {
		return nil, badInput(fmt.Errorf("节假日文件 %s：%w", path, err))
	}
	return cal, nil
}

// writeJSON prints v as indented JSON, Chinese and "<>&" as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

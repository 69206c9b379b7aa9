package serve

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"gongwen/internal/build"
	"gongwen/internal/docx"
	"gongwen/internal/load"
	"gongwen/internal/opc"
	"gongwen/internal/xlsx"
)

// apiError is every error answer: an HTTP status, a stable code for
// programs, a Chinese message for people and, when the input had located
// problems, each of them with its place.
type apiError struct {
	Status   int       `json:"-"`
	Code     string    `json:"code"`
	Message  string    `json:"error"`
	Problems []problem `json:"problems,omitempty"`
	// RetryAfter, in seconds, is sent as the Retry-After header.
	RetryAfter int `json:"-"`
}

func (e *apiError) Error() string { return e.Message }

// problem is one located problem of an upload. Data problems have a line
// and column (counted in characters); template problems have a Where
// (part, paragraph, table cell, or sheet!cell) and the text around.
type problem struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Path    string `json:"path,omitempty"`
	Where   string `json:"where,omitempty"`
	Context string `json:"context,omitempty"`
	Msg     string `json:"msg"`
	Warning bool   `json:"warning,omitempty"`
}

func newError(status int, code, format string, a ...any) *apiError {
	return &apiError{Status: status, Code: code, Message: fmt.Sprintf(format, a...)}
}

// diagProblems turns the loader's diagnostics into problems.
func diagProblems(ds []load.Diagnostic) []problem {
	out := make([]problem, 0, len(ds))
	for _, d := range ds {
		out = append(out, problem{File: d.File, Line: d.Line, Col: d.Col, Path: d.Path, Msg: d.Msg, Warning: d.Warning})
	}
	return out
}

// dataError answers a campaign file that does not load.
func dataError(name string, err error) *apiError {
	var ds load.Diagnostics
	if errors.As(err, &ds) {
		e := newError(http.StatusUnprocessableEntity, "data_invalid", "活动数据 %s 有 %d 个错误", name, len(ds.Errors()))
		e.Problems = diagProblems(ds)
		return e
	}
	return newError(http.StatusUnprocessableEntity, "data_invalid", "读取活动数据 %s：%v", name, err)
}

// templateError answers a template that cannot be opened, parsed or
// executed, or a document that could not be made from it. Whatever went
// wrong came from the upload (the template or the data), so it is a 4xx:
// the engines recover their own panics and report everything else as
// errors about their input.
func templateError(name string, err error) *apiError {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae
	}
	var pe *panicError
	if errors.As(err, &pe) {
		return newError(http.StatusInternalServerError, "internal", "服务器内部错误（已记录）：%v", pe.val)
	}
	// A limit passed is said as such, whichever engine passed it, with
	// the place where it was passed (docs/api.md: output_too_large,
	// render_timeout).
	limit := ""
	switch {
	case errors.Is(err, docx.ErrTooLarge), errors.Is(err, xlsx.ErrTooLarge), errors.Is(err, errOutputTooLarge):
		limit = "output_too_large"
	case errors.Is(err, docx.ErrTimeout), errors.Is(err, xlsx.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		limit = "render_timeout"
	}
	if limit != "" {
		e := engineProblems(name, err)
		if e == nil {
			e = &apiError{Status: http.StatusUnprocessableEntity}
		}
		e.Code = limit
		if limit == "output_too_large" {
			e.Message = fmt.Sprintf("模板 %s 生成的文档超过大小上限，已停止（模板中可能有过大的循环或过长的文字）", name)
		} else {
			e.Message = fmt.Sprintf("模板 %s 渲染超时，已停止（模板中可能有过大的循环）", name)
		}
		return e
	}
	var xe *opc.PartError
	if errors.As(err, &xe) {
		code := "template_xml"
		if errors.Is(err, opc.ErrUnsafeXML) {
			code = "template_unsafe"
		}
		e := newError(http.StatusUnprocessableEntity, code, "模板 %s 的部件 %s 不合格", name, xe.Part)
		where := xe.Part
		if xe.Line > 0 {
			where = fmt.Sprintf("%s 第 %d 行第 %d 列", xe.Part, xe.Line, xe.Col)
		}
		e.Problems = []problem{{File: name, Where: where, Msg: xe.Msg}}
		return e
	}
	if e := engineProblems(name, err); e != nil {
		return e
	}
	switch {
	case errors.Is(err, opc.ErrLimit):
		return newError(http.StatusUnprocessableEntity, "template_too_large", "模板 %s 被拒绝（疑似压缩炸弹或超出大小限制）：%v", name, err)
	case errors.Is(err, opc.ErrName):
		return newError(http.StatusUnprocessableEntity, "template_unsafe", "模板 %s 被拒绝（包内条目名不安全）：%v", name, err)
	}
	var je *build.JobError
	if errors.As(err, &je) {
		return templateError(je.Kind+"《"+je.Title+"》", je.Err)
	}
	return newError(http.StatusUnprocessableEntity, "template_invalid", "模板 %s：%s", name, strings.TrimSpace(err.Error()))
}

// engineProblems lists the located problems an engine reported; nil when
// err is not the engines' list.
func engineProblems(name string, err error) *apiError {
	var de docx.Errors
	var xe xlsx.Errors
	switch {
	case errors.As(err, &de):
		e := newError(http.StatusUnprocessableEntity, "template_invalid", "模板 %s 有 %d 个问题", name, len(de))
		for _, d := range de {
			e.Problems = append(e.Problems, problem{File: d.Loc.Template, Where: d.Loc.Where(), Context: d.Loc.Context,
				Path: d.Path, Msg: d.Msg})
		}
		return e
	case errors.As(err, &xe):
		e := newError(http.StatusUnprocessableEntity, "template_invalid", "模板 %s 有 %d 个问题", name, len(xe))
		for _, x := range xe {
			where := x.Sheet
			if x.Cell != "" {
				where += "!" + x.Cell
			}
			if x.Item > 0 {
				where += fmt.Sprintf("（第 %d 项）", x.Item)
			}
			e.Problems = append(e.Problems, problem{File: name, Where: where, Msg: x.Msg})
		}
		return e
	}
	return nil
}

package gbt9704_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gongwen/internal/docdata"
	"gongwen/internal/docx"
	"gongwen/internal/funcs"
	"gongwen/internal/gbt9704"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/opc"
	"gongwen/templates"
)

// TestPlaceBeforeZip: build places the 版记 and tightens page 1 on the
// rendered document part before it is zipped (docx.ExecOptions.Finish,
// ColophonStyles.Place, FitClosingDocument); the package it writes is byte
// for byte the one PlaceColophon and FitClosing make by unzipping the
// rendered package and zipping it again. Bodies of 1 to 13 paragraphs of
// a notice of the default data: the 版记 left under the body, kept on its
// own page, and the first page tightened all occur.
func TestPlaceBeforeZip(t *testing.T) {
	c, doc, date, tpl, cs := colophonNotice(t)
	const pitch = gbt9704.MinTightPitch
	filler := strings.Repeat("各地各部门要把主题实践活动作为一项重要政治任务，", 3) + "确保各项工作落到实处。"
	under, own, tightened := 0, 0, 0
	for n := 1; n <= 13; n++ {
		v, err := docdata.ForNotice(c, doc, date, docdata.Options{})
		if err != nil {
			t.Fatal(err)
		}
		body := []docdata.Block{{Text: "现将有关事项通知如下。"}}
		for range n {
			body = append(body, docdata.Block{Text: filler})
		}
		v.Body, v.Appendices, v.Notes, v.Remark = body, nil, nil, ""
		for _, fit := range []bool{false, true} {
			// Before: render, then unzip, rewrite and zip again.
			var buf bytes.Buffer
			if err := tpl.Execute(&buf, v, docx.ExecOptions{}); err != nil {
				t.Fatal(err)
			}
			rendered := bytes.Clone(buf.Bytes())
			want := rendered
			if fit {
				if want, err = gbt9704.FitClosing(want, pitch); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, rendered) {
					tightened++
				}
			}
			want, pl, err := gbt9704.PlaceColophon(want)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Under {
				under++
			} else {
				own++
			}
			// Now: the same rules on the part before it is zipped.
			buf.Reset()
			opts := docx.ExecOptions{Finish: func(doc []byte) ([]byte, error) {
				if fit {
					if doc, err = gbt9704.FitClosingDocument(doc, pitch); err != nil {
						return nil, err
					}
				}
				out, got := cs.Place(doc)
				if got != pl {
					t.Errorf("%d paragraphs, fit %v: Place decided %+v, PlaceColophon %+v", n, fit, got, pl)
				}
				return out, nil
			}}
			if err := tpl.Execute(&buf, v, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%d paragraphs, fit %v: the package placed before zipping differs from PlaceColophon's (%d and %d bytes)", n, fit, buf.Len(), len(want))
			}
		}
	}
	t.Logf("版记 under the body %d, on its own page %d, page 1 tightened %d", under, own, tightened)
	if under == 0 || own == 0 || tightened == 0 {
		t.Errorf("want every case: under %d, own page %d, tightened %d", under, own, tightened)
	}
}

// BenchmarkPlaceColophon is one notice of the default data rendered and its
// 版记 placed, after zipping (PlaceColophon, as build did) and before
// (ExecOptions.Finish, as build does).
func BenchmarkPlaceColophon(b *testing.B) {
	c, doc, date, tpl, cs := colophonNotice(b)
	v, err := docdata.ForNotice(c, doc, date, docdata.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("after-zip", func(b *testing.B) {
		for b.Loop() {
			var buf bytes.Buffer
			if err := tpl.Execute(&buf, v, docx.ExecOptions{}); err != nil {
				b.Fatal(err)
			}
			if _, _, err := gbt9704.PlaceColophon(buf.Bytes()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("before-zip", func(b *testing.B) {
		opts := docx.ExecOptions{Finish: func(doc []byte) ([]byte, error) {
			out, _ := cs.Place(doc)
			return out, nil
		}}
		for b.Loop() {
			var buf bytes.Buffer
			if err := tpl.Execute(&buf, v, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// colophonNotice is a notice of one organ of the default data with a 版记,
// and the notice template prepared by PageRules, as build compiles it.
func colophonNotice(t testing.TB) (*model.Campaign, *model.Document, time.Time, *docx.Template, *gbt9704.ColophonStyles) {
	t.Helper()
	c, _, err := load.File(filepath.Join("..", "..", "data", "xuechuang.yaml"))
	if err != nil {
		t.Fatalf("load default data: %v", err)
	}
	date := time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC)
	var doc *model.Document
	for i := range c.Documents {
		d := &c.Documents[i]
		if d.Kind != model.Notice {
			continue
		}
		if v, err := docdata.ForNotice(c, d, date, docdata.Options{}); err == nil && len(v.Joint) == 0 && !v.Letter && docdata.OwnColophonPage(v) {
			doc = d
			break
		}
	}
	if doc == nil {
		t.Fatal("the default data has no notice of one organ with a 版记")
	}
	src, err := templates.Read(docdata.Notice.Template)
	if err != nil {
		t.Fatal(err)
	}
	if src, err = docdata.PageRules(src); err != nil {
		t.Fatal(err)
	}
	pkg, err := opc.Open(bytes.NewReader(src), int64(len(src)), opc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := docx.Parse(docdata.Notice.Template, pkg, docx.Options{Funcs: funcs.Map(funcs.Options{Date: date})})
	if err != nil {
		t.Fatal(err)
	}
	return c, doc, date, tpl, gbt9704.ColophonStylesOf(pkg)
}

package docdata

import (
	"reflect"

	"gongwen/internal/gbt9704"
	"gongwen/internal/model"
)

// Restyle gives a template the campaign's fonts and red (profile.fonts,
// profile.red): the built-in templates name the GB/T 9704 defaults in their
// styles, which hold no template actions. Call it once per template and
// campaign, before docx.Parse; data comes back unchanged when the profile
// keeps the defaults.
func Restyle(tpl []byte, c *model.Campaign) ([]byte, error) {
	f := c.Profile.Fonts
	return gbt9704.Restyle(tpl, gbt9704.Fonts{Title: f.Title, Body: f.Body, Kai: f.Kai, Hei: f.Hei, Song: f.Song, Latin: f.Latin}, c.Profile.Red)
}

// PageRules prepares a template for a document whose 版记 takes a page of
// its own (OwnColophonPage): the 版记 becomes the last section, starting on
// an even page, with footers without a page number (gbt9704.ColophonPage).
// Call it once per template, after Restyle and before docx.Parse.
func PageRules(tpl []byte) ([]byte, error) { return gbt9704.ColophonPage(tpl) }

// OwnColophonPage reports whether a kind's view sets its 版记 on a page of
// its own (Imprint.ColophonPage): the 文件-format documents with a 版记,
// not letters, not kinds without one.
func OwnColophonPage(view any) bool {
	v := reflect.Indirect(reflect.ValueOf(view))
	if v.Kind() != reflect.Struct {
		return false
	}
	f := v.FieldByName("ColophonPage")
	return f.IsValid() && f.Kind() == reflect.Slice && f.Len() > 0
}

// LetterPage prepares a template for a document in the 信函格式
// (InLetterFormat): its first page gets the lower red double rule of GB/T
// 9704 10.1 in the profile's red, and no page number
// (gbt9704.LetterFirstPage). Call it once per template, before docx.Parse.
func LetterPage(tpl []byte, c *model.Campaign) ([]byte, error) {
	return gbt9704.LetterFirstPage(tpl, c.Profile.Red)
}

// InLetterFormat reports whether a view is of a document in the 信函格式
// (Head.Letter).
func InLetterFormat(view any) bool {
	v := reflect.Indirect(reflect.ValueOf(view))
	if v.Kind() != reflect.Struct {
		return false
	}
	f := v.FieldByName("Letter")
	return f.IsValid() && f.Kind() == reflect.Bool && f.Bool()
}

package docdata

import (
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

package serve

import (
	"net/http"
	"strings"

	"gongwen/internal/docdata"
)

// fieldRow is one line of a kind's field catalogue on the page: what to
// copy into the template, its type and its Chinese meaning. Item fields of
// a list follow their list, their path prefixed with it, so the page can
// show the catalogue as one table.
type fieldRow struct {
	Path        string `json:"path"`
	Tag         string `json:"tag"`
	Type        string `json:"type"`
	Description string `json:"description"`
}

// fields answers the field catalogue of one kind (?kind=通知, notice or
// tongzhi.docx), the same as `gongwen fields 文种` without the examples,
// which would need the data.
func (s *Server) fields(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimSpace(r.URL.Query().Get("kind"))
	if name == "" {
		return newError(http.StatusBadRequest, "bad_request", "缺少参数 kind：文种（如 通知、notice）")
	}
	k, ok := docdata.Lookup(name)
	if !ok {
		labels := []string{}
		for _, k := range docdata.Kinds() {
			labels = append(labels, k.Label)
		}
		return newError(http.StatusNotFound, "kind_not_found", "没有文种“%s”（可选：%s）", name, strings.Join(labels, "、"))
	}
	rows := []fieldRow{}
	var walk func(fs []docdata.Field, prefix string)
	walk = func(fs []docdata.Field, prefix string) {
		for _, f := range fs {
			rows = append(rows, fieldRow{Path: prefix + f.Path, Tag: f.Tag, Type: f.Type, Description: f.Desc})
			walk(f.Items, prefix+f.Path+" → ")
		}
	}
	walk(k.Fields(nil), "")
	writeJSON(w, http.StatusOK, map[string]any{"kind": k.Name, "label": k.Label, "template": k.Template, "fields": rows})
	return nil
}

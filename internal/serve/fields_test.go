package serve

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestFieldsCatalogue(t *testing.T) {
	_, ts := testServer(t, Config{})
	tests := []struct {
		kind     string
		status   int
		wantPath string // a field the catalogue must list
		wantDesc string // part of its Chinese description
		wantErr  string
	}{
		{kind: "通知", status: 200, wantPath: ".Title", wantDesc: "标题"},
		{kind: "notice", status: 200, wantPath: ".DocNo", wantDesc: "发文字号"},
		{kind: "tongzhi.docx", status: 200, wantPath: ".DocNo"},
		{kind: "通知书", status: 404, wantErr: "没有文种“通知书”"},
		{kind: "", status: 400, wantErr: "缺少参数 kind"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			resp, body := get(t, ts.URL+"/api/fields?kind="+url.QueryEscape(tt.kind))
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if tt.wantErr != "" {
				if e := decodeError(t, resp, body); !strings.Contains(e.Message, tt.wantErr) {
					t.Fatalf("error %q, want it to say %q", e.Message, tt.wantErr)
				}
				return
			}
			var got struct {
				Label  string     `json:"label"`
				Fields []fieldRow `json:"fields"`
			}
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			if got.Label != "通知" {
				t.Errorf("label %q, want 通知", got.Label)
			}
			for _, f := range got.Fields {
				if f.Path == tt.wantPath {
					if f.Description == "" || !strings.Contains(f.Description, tt.wantDesc) {
						t.Errorf("%s: description %q, want one containing %q", f.Path, f.Description, tt.wantDesc)
					}
					if f.Tag == "" || f.Type == "" {
						t.Errorf("%s: tag %q type %q, want both", f.Path, f.Tag, f.Type)
					}
					return
				}
			}
			t.Fatalf("catalogue of %s has no %s among %d fields", tt.kind, tt.wantPath, len(got.Fields))
		})
	}
}

// A route that exists for another method says so (405 with Allow), not
// "no such route"; a route that does not exist stays 404.
func TestWrongMethodIs405(t *testing.T) {
	_, ts := testServer(t, Config{})
	resp, body := get(t, ts.URL+"/api/build")
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "POST" {
		t.Fatalf("GET /api/build: %d Allow=%q %s", resp.StatusCode, resp.Header.Get("Allow"), body)
	}
	if e := decodeError(t, resp, body); e.Code != "method_not_allowed" || !strings.Contains(e.Message, "请用 POST") {
		t.Fatalf("GET /api/build: %+v", e)
	}
	resp, body = get(t, ts.URL+"/api/nosuch")
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("GET /api/nosuch: %d %s", resp.StatusCode, body)
	}
}

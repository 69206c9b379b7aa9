package serve

import (
	"net/http"
	"testing"
)

// Only the Bearer scheme carries the token, its name in any case; a bare
// token or another scheme is refused.
func TestBearerOnly(t *testing.T) {
	const token = "0123456789abcdef-token"
	_, ts := testServer(t, Config{Token: token})
	for _, c := range []struct {
		auth string
		want int
	}{
		{"Bearer " + token, 200},
		{"bearer " + token, 200},
		{"BEARER  " + token, 200},
		{token, 401},
		{"Basic " + token, 401},
		{"Token " + token, 401},
		{"Bearer", 401},
		{"Bearer " + token[:5], 401},
	} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/templates", nil)
		req.Header.Set("Authorization", c.auth)
		resp, _ := do(t, req)
		if resp.StatusCode != c.want {
			t.Errorf("Authorization %q: %d, want %d", c.auth, resp.StatusCode, c.want)
		}
	}
}

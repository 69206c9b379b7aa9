package docdata

import "testing"

// A signed body of one paragraph is not chained to the closing: the body
// stays on page 1 (GB/T 9704 7.3.5); a longer body keeps its last
// paragraph with the signature.
func TestKeepWithSignature(t *testing.T) {
	tests := []struct {
		body []Block
		want bool
	}{
		{[]Block{{Text: "现将《方案》印发给你们，请认真贯彻落实。"}}, false},
		{[]Block{{Level: 1, Number: "一、", Heading: "总体要求"}, {Text: "按方案执行。"}}, false},
		{[]Block{{Text: "为做好工作，通知如下："}, {Text: "请认真贯彻落实。"}}, true},
	}
	for _, tt := range tests {
		v := &draft{Main: Main{SignLines: []string{"××区人民政府"}, Body: tt.body}}
		v.keepWithSignature()
		if got := v.Body[len(v.Body)-1].keep; got != tt.want {
			t.Errorf("body %+v: KeepNext %v, want %v", tt.body, got, tt.want)
		}
	}
}

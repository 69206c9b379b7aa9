package docdata

import (
	"slices"
	"testing"
)

// A unit cell split at every 、 gets a collective unit's name back whole.
func TestWholeUnits(t *testing.T) {
	coll := []string{"各乡镇人民政府、街道办事处", "区直各部门、各有关单位"}
	for _, tc := range []struct {
		in, want []string
	}{
		{pieces("区工信局、各乡镇人民政府、街道办事处，谯城经开区管委会"), []string{"区工信局、", "各乡镇人民政府、街道办事处，", "谯城经开区管委会"}},
		{pieces("各乡镇人民政府、街道办事处"), []string{"各乡镇人民政府、街道办事处"}},
		{pieces("各乡镇人民政府、区直各部门、各有关单位"), []string{"各乡镇人民政府、", "区直各部门、各有关单位"}},
		{pieces("区工信局、区住建局"), []string{"区工信局、", "区住建局"}},
	} {
		if got := wholeUnits(tc.in, coll); !slices.Equal(got, tc.want) {
			t.Errorf("wholeUnits(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

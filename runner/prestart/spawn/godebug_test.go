package spawn

import (
	"slices"
	"testing"
)

// TestAddGodebug: the setting goes after what GODEBUG holds, so that it
// wins, and the list given is left as it was.
func TestAddGodebug(t *testing.T) {
	for _, tc := range []struct {
		env, want []string
	}{
		{nil, []string{"GODEBUG=memprofilerate=0"}},
		{[]string{"A=1"}, []string{"A=1", "GODEBUG=memprofilerate=0"}},
		{[]string{"GODEBUG="}, []string{"GODEBUG=memprofilerate=0"}},
		{[]string{"GODEBUG=memprofilerate=7", "B=2"}, []string{"GODEBUG=memprofilerate=7,memprofilerate=0", "B=2"}},
		{[]string{"XGODEBUG=1"}, []string{"XGODEBUG=1", "GODEBUG=memprofilerate=0"}},
	} {
		before := slices.Clone(tc.env)
		if got := AddGodebug(tc.env, NoProfile); !slices.Equal(got, tc.want) {
			t.Errorf("AddGodebug(%q) = %q, want %q", tc.env, got, tc.want)
		}
		if !slices.Equal(tc.env, before) {
			t.Errorf("AddGodebug changed its list to %q", tc.env)
		}
	}
}

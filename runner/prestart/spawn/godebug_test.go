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
		env := slices.Grow(slices.Clone(tc.env), 1) // room to add in place
		if got := AddGodebug(env, NoProfile); !slices.Equal(got, tc.want) {
			t.Errorf("AddGodebug(%q) = %q, want %q", tc.env, got, tc.want)
		}
		if !slices.Equal(env, before) || !slices.Equal(env[:len(env)+1][len(env):], make([]string, 1)) {
			t.Errorf("AddGodebug changed the list it was given: %q", env[:len(env)+1])
		}
	}
}

package script

import "testing"

// TestMemProfileRate: the rate is Go's at a program's start: 0 without a
// reader of the profile, else the last valid memprofilerate of GODEBUG
// (the runtime reads the settings left to right), else 512 KiB.
func TestMemProfileRate(t *testing.T) {
	for _, tc := range []struct {
		profiled bool
		godebug  string
		want     int
	}{
		{false, "", 0},
		{false, "memprofilerate=1", 0},
		{true, "", 512 * 1024},
		{true, "memprofilerate=1", 1},
		{true, "http2debug=1,memprofilerate=4096", 4096},
		{true, "memprofilerate=1,memprofilerate=0", 0},
		{true, "memprofilerate=2,memprofilerate=x", 2},
		{true, "xmemprofilerate=1", 512 * 1024},
	} {
		if got := memProfileRate(tc.profiled, tc.godebug); got != tc.want {
			t.Errorf("memProfileRate(%t, %q) = %d, want %d", tc.profiled, tc.godebug, got, tc.want)
		}
	}
}

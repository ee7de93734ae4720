package script

import (
	"reflect"
	"testing"
)

// TestPackagesFor: the tables of the imported packages are picked, a
// package in two tables gets the symbols of both, and no table given is
// changed (the registered ones are shared by every run).
func TestPackagesFor(t *testing.T) {
	v := reflect.ValueOf
	std := exports{
		"net/net":         {"Dial": v(1), "Listen": v(2)},
		"strings/strings": {"Cut": v(3)},
		"os/os":           {"Exit": v(4)},
	}
	extra := exports{
		"net/net":   {"Dial": v(5), "Helper": v(6)},
		"sock/sock": {"Connect": v(7)},
	}
	got := packagesFor([]string{"net", "strings", "sock"}, []exports{std, extra})[0]
	want := map[string][]string{
		"net/net":         {"Dial", "Helper", "Listen"},
		"strings/strings": {"Cut"},
		"sock/sock":       {"Connect"},
	}
	if len(got) != len(want) {
		t.Errorf("picked %d packages, want %d: %v", len(got), len(want), got)
	}
	for key, names := range want {
		if len(got[key]) != len(names) {
			t.Errorf("%s: %d symbols, want %v", key, len(got[key]), names)
		}
		for _, n := range names {
			if _, ok := got[key][n]; !ok {
				t.Errorf("%s: no %s", key, n)
			}
		}
	}
	if d := got["net/net"]["Dial"]; d.Interface() != 5 {
		t.Errorf("net.Dial is %v, want the later table's 5", d)
	}
	if len(std["net/net"]) != 2 || len(extra["net/net"]) != 2 || std["net/net"]["Dial"].Interface() != 1 {
		t.Errorf("a table given was changed: %v, %v", std["net/net"], extra["net/net"])
	}
}

package confine

import (
	"reflect"
	"testing"

	"github.com/socklab/socklab/runner/confine/filters"
)

// TestFilterTables keeps the generated tables equal to the filters that
// go-seccomp-bpf assembles (`go generate ./runner/confine` after a change).
func TestFilterTables(t *testing.T) {
	for i := range 8 {
		exec, debug, files := i&4 != 0, i&2 != 0, i&1 != 0
		want, err := filters.Deny(exec, debug, files)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := denyFilter(exec, debug, files)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("denyFilter(exec %t, debug %t, files %t) is not filters.Deny's: run go generate ./runner/confine", exec, debug, files)
		}
	}
	want, err := filters.NetGuard()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(netGuardFilter, want) {
		t.Error("netGuardFilter is not filters.NetGuard's: run go generate ./runner/confine")
	}
}

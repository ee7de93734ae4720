package allow

import (
	"maps"
	"slices"
	"testing"
)

// TestWrapperGroups keeps each group's list of packages equal to the
// packages it wraps, so that wrappersOf finds every wrapper of a package.
func TestWrapperGroups(t *testing.T) {
	for i, g := range wrapperGroups {
		got := slices.Sorted(maps.Keys(g.build()))
		want := slices.Sorted(slices.Values(g.pkgs))
		if !slices.Equal(got, want) {
			t.Errorf("group %d wraps %v, lists %v", i, got, want)
		}
	}
}

// TestWrappersOf checks that the wrappers of one package are those of
// wrappers, the whole set, name by name.
func TestWrappersOf(t *testing.T) {
	all := wrappers()
	for pkg, want := range all {
		got := wrappersOf(pkg, Flags{})
		if !slices.Equal(slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want))) {
			t.Errorf("%s: wrappersOf has %v, wrappers %v", pkg, slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
		}
	}
}

package lift

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestErrorWrappers checks that ErrorWrappers has a wrapper for each set
// of the methods package rewrite adds, that no wrapper comes after one
// whose methods it has all of (the interpreter takes the first whose
// methods a type has), and that each wrapper has the errors package's
// method (or fmt's Format) for each of its fields.
func TestErrorWrappers(t *testing.T) {
	goMethod := map[string]reflect.Type{
		UnwrapMethod:    reflect.TypeFor[interface{ Unwrap() error }](),
		UnwrapAllMethod: reflect.TypeFor[interface{ Unwrap() []error }](),
		IsMethod:        reflect.TypeFor[interface{ Is(error) bool }](),
		AsMethod:        reflect.TypeFor[interface{ As(any) bool }](),
		TimeoutMethod:   reflect.TypeFor[interface{ Timeout() bool }](),
		TemporaryMethod: reflect.TypeFor[interface{ Temporary() bool }](),
		"Format":        reflect.TypeFor[fmt.Formatter](), // the script's own, which fmt calls
	}
	var sets [][]string
	for _, w := range ErrorWrappers {
		if w.Field(0).Name != "IValue" || w.Field(1).Name != "WError" || !w.Implements(errorType) {
			t.Errorf("%v: not a wrapper of an error (IValue, WError, ...)", w)
		}
		var set []string
		for i := 2; i < w.NumField(); i++ {
			name := w.Field(i).Name[1:]
			if name == SelfMethod {
				set = append(set, name) // read by Equal, not a method of Go's
				continue
			}
			iface, ok := goMethod[name]
			if !ok {
				t.Errorf("%v: field %s names no method package rewrite adds", w, w.Field(i).Name)
				continue
			}
			if !w.Implements(iface) {
				t.Errorf("%v: has %s but not %v", w, name, iface)
			}
			set = append(set, name)
		}
		slices.Sort(set)
		for _, earlier := range sets {
			if subset(earlier, set) {
				t.Errorf("%v (%v) comes after a wrapper with fewer of its methods (%v), which the interpreter would take first", w, set, earlier)
			}
		}
		sets = append(sets, set)
	}
	for _, unwrap := range []string{"", UnwrapMethod, UnwrapAllMethod} {
		for _, is := range []string{"", IsMethod} {
			for _, as := range []string{"", AsMethod} {
				for _, self := range []string{"", SelfMethod} {
					for _, net := range [][]string{nil, {TimeoutMethod}, {TemporaryMethod}, {TimeoutMethod, TemporaryMethod}} {
						var want []string
						for _, m := range append([]string{unwrap, is, as, self}, net...) {
							if m != "" {
								want = append(want, m)
							}
						}
						slices.Sort(want)
						if len(want) > 0 && !slices.ContainsFunc(sets, func(s []string) bool { return slices.Equal(s, want) }) {
							t.Errorf("no wrapper for a type with %s", strings.Join(want, ", "))
						}
					}
				}
			}
		}
	}
}

// subset reports whether a holds only names that b holds, and fewer.
func subset(a, b []string) bool {
	if len(a) >= len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

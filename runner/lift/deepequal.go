package lift

import "reflect"

// DeepEqual is reflect.DeepEqual(x, y) for a script that declares a type
// with methods. The interpreter hands compiled code such a value, where
// an interface holds it (an any argument, a value of a map[string]any, an
// element of a []any), in a wrapper of its own that records where the
// value was made, so two equal values were never deeply equal
// (DeepEqual(map[string]any{"p": Point{1, 2}}, map[string]any{"p":
// Point{1, 2}}) was false). DeepEqual compares the values taken out of
// the wrappers (GobAny's walk, which copies only what holds one).
func DeepEqual(x, y any) bool { return reflect.DeepEqual(GobAny(x), GobAny(y)) }

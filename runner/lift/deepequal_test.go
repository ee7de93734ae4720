package lift

import (
	"math"
	"reflect"
	"testing"
)

// TestDeepEqualAsReflect: without the interpreter's wrappers, DeepEqual
// answers as reflect.DeepEqual does.
func TestDeepEqualAsReflect(t *testing.T) {
	type node struct {
		V    int
		Next *node
	}
	cyc1, cyc2 := &node{V: 1}, &node{V: 1}
	cyc1.Next, cyc2.Next = cyc1, cyc2
	f := func() {}
	pairs := [][2]any{
		{nil, nil}, {nil, 1}, {1, 1}, {1, int64(1)}, {[]int{1}, []int{1}}, {[]int(nil), []int{}},
		{[]any{1}, []int{1}}, {map[string]any{"a": []int{1}}, map[string]any{"a": []int{1}}},
		{map[string]int{"a": 1}, map[string]int{"b": 1}}, {[2]error{}, [2]error{}}, {math.NaN(), math.NaN()},
		{&node{1, nil}, &node{1, nil}}, {cyc1, cyc2}, {f, f}, {(func())(nil), (func())(nil)},
		{struct{ a []string }{[]string{"x"}}, struct{ a []string }{[]string{"x"}}},
	}
	for _, p := range pairs {
		if got, want := DeepEqual(p[0], p[1]), reflect.DeepEqual(p[0], p[1]); got != want {
			t.Errorf("DeepEqual(%#v, %#v) = %v, want %v", p[0], p[1], got, want)
		}
	}
}

// difftest: same
package main

// fmt's sorted map keys of mixed dynamic types in a map[any]int (by type,
// then value), Stringer keys, %#v of maps of slices, nil errors and
// Stringers in slices, and verbs with flags, widths and precisions on
// structs, slices, runes and floats, and fmt's own error forms.

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

type P struct{ X, Y int }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	m := map[any]int{1: 1, "a": 2, 2.5: 3, Color(2): 4, Color(0): 5, P{1, 2}: 6, P{0, 9}: 7, false: 8, int8(3): 9}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)
	mc := map[Color][]P{2: {{1, 1}}, 0: nil, 1: {}}
	fmt.Printf("%v %#v\n", mc, mc)
	mp := map[P]*P{{2, 1}: {3, 3}, {1, 2}: nil}
	fmt.Println(len(mp), mp[P{1, 2}] == nil, *mp[P{2, 1}])
	var e2 error
	fmt.Printf("[%v] [%s] [%v]\n", e2, e2, []error{errors.New("x"), nil})
	fmt.Printf("%v %s\n", []fmt.Stringer{Color(1), nil}, map[string]error{"a": &E{3}})
	fmt.Printf("%08.3f|%-8v|%8v|%x|%X|% x\n", 3.14159, Color(1), P{1, 2}, P{10, 11}, []Color{1, 2}, "hi")
	fmt.Printf("%5.2q|%-6q|%#q|%+q\n", "hello", 'x', "back`tick", "日本")
	fmt.Printf("%t|%v|%p\n", true, struct{}{}, nil)
	fmt.Printf("%6.2v|%.3v|%10.4v|\n", 3.14159, "abcdef", []float64{1.23456, 2})
	fmt.Printf("%e|%E|%g|%G|%.0f|%.1e\n", 1234.5678, 0.000012, 1e21, 1e-7, 2.5, 0.0)
	fmt.Printf("%o|%O|%b|%#b|%U|%c\n", 64, 64, -5, 5, 0x1F4A9, 0x1F4A9)
	fmt.Printf("%v|%d|%s\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%v %v\n", [2][]int{{1}, nil}, map[string][2]bool{"k": {true}})
	fmt.Printf("%3c|%-4c|%q\n", 'a', 'b', []rune("hé"))
	fmt.Printf("%!|%z|%d\n", 1, "s")
}

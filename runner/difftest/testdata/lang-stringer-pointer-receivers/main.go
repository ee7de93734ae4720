// difftest: same
package main

// String and Error methods on value and pointer receivers, printed the
// way fmt decides: a pointer-receiver String not called on a value, a
// value-receiver one called on a pointer too, Stringers nested in
// exported and unexported fields, in slices and maps, %v versus %d, and
// an error type whose Error is preferred over String.

import (
	"fmt"
	"sort"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct{ ID int }

func (n *Node) String() string { return fmt.Sprintf("node#%d", n.ID) }

type Both struct{ Code int }

func (b Both) String() string { return "string-method" }
func (b Both) Error() string  { return fmt.Sprintf("error-method %d", b.Code) }

type Reading struct {
	Where string
	Temp  Temp
	temp  Temp
	Node  *Node
	node  Node
}

func main() {
	t := Temp(21.456)
	fmt.Println(t, &t, []Temp{1, 2.5})
	fmt.Printf("%v %s %.2f %d %5.1f|\n", t, t, t, Both{3}, Temp(3))
	n := Node{7}
	fmt.Println(n, &n, []*Node{{1}, {2}}, []Node{{3}})
	fmt.Printf("%v %+v %s\n", n, &n, &n)
	r := Reading{"lab", 19.5, 18.25, &Node{9}, Node{10}}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println(Both{1}, &Both{2}, error(Both{4}), fmt.Stringer(Both{5}))
	m := map[Temp]*Node{3: {3}, 1: {1}, 2: {2}}
	fmt.Println(m)
	keys := make([]Temp, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println(keys, fmt.Sprint(keys[0]), fmt.Sprintf("%x", keys[0]))
	var np *Node
	fmt.Printf("%v %s\n", []any{t, n, &n, r.temp}, []fmt.Stringer{t, &n})
	fmt.Println(np == nil)
	arr := [2]Temp{5, 6}
	fmt.Printf("%v %q\n", arr, Temp(1))
	type pair struct {
		A, B fmt.Stringer
	}
	fmt.Printf("%v %+v\n", pair{t, &n}, pair{A: Both{1}})
}

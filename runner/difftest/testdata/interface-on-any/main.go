// difftest: same
// Types declared on another empty interface (type Event any, type B A
// with type A interface{}), compared with constants and values, switched
// on, and keying maps; a constraint interface beside them.
package main

import "fmt"

type A interface{}

type B A

type Event any

type Alias = any

type E Alias

type F interface{ any }

type Number interface{ ~int | ~float64 }

func sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(ev Event) string {
	switch ev {
	case 1:
		return "one"
	case "quit":
		return "quit"
	case nil:
		return "nil"
	}
	return fmt.Sprint("other ", ev)
}

func main() {
	var a A = 1
	var b B = 1
	var e E = 1
	var f F = 1
	type L any
	var l L = 1
	fmt.Println(a == 1, b == 1, e == 1, f == 1, l == 1, b != 2)
	for _, ev := range []Event{1, "quit", nil, 2.5} {
		fmt.Println(describe(ev), ev == 1, any(ev) == 1)
	}
	var ev Event = "quit"
	var x any = "quit"
	fmt.Println(ev == x, x == ev)
	seen := map[Event]int{1: 10, "a": 20}
	seen[ev]++
	seen["quit"]++
	fmt.Println(seen[1], seen["a"], seen["quit"], seen[x], len(seen))
	fmt.Println(sum(1, 2), sum(1.5, 2))
	switch v := any(b).(type) {
	case int:
		fmt.Println("int", v)
	}
}

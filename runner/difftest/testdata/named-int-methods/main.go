// difftest: same
package main

import "fmt"

// A message kind with a String method, and plain ints beside it.
type Op int

const (
	Get Op = iota + 1
	Put
)

func (o Op) String() string {
	switch o {
	case Get:
		return "GET"
	case Put:
		return "PUT"
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

func describe(v any) string {
	switch x := v.(type) {
	case Op:
		return "op " + x.String()
	case int:
		return fmt.Sprint("int ", x)
	}
	return "other"
}

func main() {
	for _, v := range []any{Get, 2, Put, Op(9)} {
		fmt.Println(describe(v))
	}
	count := map[any]int{}
	for _, v := range []any{Get, 1, Get, Put, 2} {
		count[v]++
	}
	fmt.Println(len(count), count[Get], count[1], count[Put], count[2])
}

// difftest: same

package main

import "fmt"

type point struct{ x int }

func (p *point) Move() { p.x++ }

type plain struct{ x int }

func main() {
	var e any = &point{1}
	switch v := e.(type) {
	case *point:
		fmt.Println("A ok", v.x)
	default:
		fmt.Println("A default")
	}
	switch e.(type) {
	case *point:
		fmt.Println("B ok")
	default:
		fmt.Println("B default")
	}
	p := &point{2}
	var g any = p
	switch v := g.(type) {
	case *point:
		fmt.Println("C ok", v.x)
	default:
		fmt.Println("C default")
	}
	var f any = &plain{1}
	switch v := f.(type) {
	case *plain:
		fmt.Println("D ok", v.x)
	default:
		fmt.Println("D default")
	}
	es := []any{&point{3}}
	switch v := es[0].(type) {
	case *point:
		fmt.Println("E ok", v.x)
	default:
		fmt.Println("E default")
	}
	for _, x := range es {
		switch v := x.(type) {
		case *point:
			fmt.Println("F ok", v.x)
		default:
			fmt.Println("F default")
		}
	}
}

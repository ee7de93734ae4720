// difftest: same
package main

// A Tour of Go, Methods: a method value of a value receiver copies the
// receiver when it is taken, one of a pointer receiver sees later changes,
// in deferred calls, in a map of funcs and through an interface.

import "fmt"

type V struct{ X int }

func (v V) Show()   { fmt.Println("show", v.X) }
func (v *V) PShow() { fmt.Println("pshow", v.X) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	v := V{1}
	f := v.Show
	g := v.PShow
	defer v.Show()
	defer v.PShow()
	v.X = 2
	f()
	g()
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	fs := map[string]func(){"s": v.Show, "p": v.PShow}
	v.X = 3
	fs["s"]()
	fs["p"]()
	var iface interface{ Show() } = v
	v.X = 4
	iface.Show()
	h := iface.Show
	h()
}

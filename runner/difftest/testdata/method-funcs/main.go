// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)                          { a.total += n }
func (a Acc) Total() int                          { return a.total }
func (a Acc) Join(sep string, w ...string) string { return strings.Join(w, sep) }

func main() {
	a := &Acc{}
	add := (*Acc).Add
	for i := 1; i <= 4; i++ {
		add(a, i)
	}
	total := Acc.Total
	fmt.Println(total(*a))
	join := Acc.Join
	fmt.Println(join(*a, "-", "x", "y", "z"))
	fmt.Println((*Acc).Total(a))
}

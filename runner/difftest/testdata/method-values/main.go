// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)      { a.total += n }
func (a Acc) Total() int      { return a.total }
func (a Acc) Twice(n int) int { return 2 * n }

func main() {
	a := &Acc{}
	add := a.Add
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(a.Total())
	total := Acc.Total
	fmt.Println(total(*a))
	twice := (*Acc).Twice
	fmt.Println(twice(a, 21))
	up := strings.ToUpper
	fmt.Println(up("loud"))
	fs := map[string]func(string) string{"upper": strings.ToUpper, "lower": strings.ToLower, "title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }}
	for _, k := range []string{"upper", "lower", "title"} {
		fmt.Println(k, fs[k]("gOpher"))
	}
}

// difftest: same
package main

// A directory builds names from strings it reaches through a pointer's
// field, a method, a map, a split and a trim, converting each to bytes or
// runes and appending two endings to one base: go build keeps each
// converted slice in a 32-byte buffer on the stack, which both endings
// share.

import (
	"fmt"
	"strings"
)

type Person struct{ name string }

func (p *Person) Name() string { return p.name }

func greet(p *Person, extra string) {
	b := []byte(p.name)
	x := append(b, extra...)
	y := append(b, strings.ToUpper(extra)...)
	fmt.Println(string(x), string(y))
	r := []rune(p.Name())
	r1 := append(r, '1')
	r2 := append(r, '2')
	fmt.Println(string(r1), string(r2))
}

func main() {
	p := &Person{"ann"}
	greet(p, "-smith")
	m := map[string]string{"k": "value"}
	b := []byte(m["k"])
	c := append(b, "-one"...)
	d := append(b, "-two"...)
	fmt.Println(string(c), string(d))
	parts := strings.Split("alpha,beta", ",")
	e := []byte(parts[1])
	f := append(e, "-x"...)
	g := append(e, "-y"...)
	fmt.Println(string(f), string(g))
	t := []byte(strings.TrimSpace("  nine char  "))
	u := append(t, '1')
	v := append(t, '2')
	fmt.Println(string(u), string(v))
}

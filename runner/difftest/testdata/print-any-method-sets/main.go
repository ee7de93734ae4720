// difftest: same
package main

import "fmt"

// P's String has a pointer receiver: Go calls it for a *P, and prints a
// P's fields.
type P struct{ N int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.N) }

// V's String has a value receiver: Go calls it for a V and a *V.
type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.N) }

type Join struct{ Name string }

func (j Join) String() string { return "join " + j.Name }

type Holder struct {
	X any
}

func main() {
	p := P{1}
	v := V{2}
	var a any = p
	var b any = &p
	var c any = v
	var d any = &v
	var e any = &Join{"e"}
	fmt.Println("var", a, b, c, d, e)
	fmt.Printf("%v %s %+v | %v %s %+v\n", a, a, a, d, d, d)
	fmt.Print(a, d, "\n")
	fmt.Println(fmt.Sprint(a, b, d, e), fmt.Sprintf("%v|%s", a, e))

	for _, x := range []any{p, &p, v, &v, &Join{"s"}} {
		fmt.Println("elem", x)
	}

	ch := make(chan any, 5)
	ch <- p
	ch <- &p
	ch <- v
	ch <- &v
	ch <- &Join{"ch"}
	close(ch)
	for x := range ch {
		fmt.Printf("chan %v %s %+v\n", x, x, x)
	}

	m := map[string]any{"p": p, "pp": &p, "v": v, "pv": &v, "j": &Join{"m"}}
	for _, k := range []string{"p", "pp", "v", "pv", "j"} {
		fmt.Println("map", k, m[k])
	}

	hs := []Holder{{p}, {&p}, {v}, {&v}, {X: &Join{"h"}}}
	for _, h := range hs {
		fmt.Println("field", h.X)
		fmt.Printf("field %+v\n", h.X)
	}
}

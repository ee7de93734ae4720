// difftest: same
package main

import "fmt"

type Token struct {
	Kind string
	Val  string
}

func (t Token) GoString() string { return "Tok(" + t.Kind + ")" }

type Pos struct{ L, C int }

func (p *Pos) GoString() string { return fmt.Sprintf("Pos{%d:%d}", p.L, p.C) }

type Wrap struct {
	T Token
	P *Pos
	Q Pos
}

type Celsius float64
type Names []string
type Lookup map[string]int

func main() {
	t := Token{"ident", "x"}
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", []Token{t})
	p := Pos{1, 2}
	fmt.Printf("%#v %#v\n", p, &p)
	fmt.Printf("%#v\n", Wrap{t, &p, p})
	fmt.Printf("%#v\n", Celsius(1.5))
	fmt.Printf("%#v\n", Names{"a"})
	fmt.Printf("%#v\n", Lookup{"k": 1})
	fmt.Printf("%#v\n", map[string]Token{"k": t})
	fmt.Printf("%#v\n", struct {
		A int
		B []string
	}{1, nil})
	fmt.Printf("%#v %#v %#v\n", 42, "s", []any{nil, 1.0, int8(2)})
	var np *Pos
	fmt.Printf("%#v\n", np)
}

// difftest: same
package main

// A message kind with a String method, in fields, in JSON, as
// an interface, in a map, set before main, and one whose String panics.

import (
	"encoding/json"
	"fmt"
)

type Kind uint8

func (k Kind) String() string { return [...]string{"zero", "one", "two"}[k] }

type Msg struct {
	Kind Kind
	Body string
}

type Tagged struct {
	K Kind
	N int
}

type Named interface{ String() string }

var early = Kind(1).String()

func main() {
	m := Msg{2, "hi"}
	fmt.Println(m.Kind.String(), m.Kind, m.Body)
	fmt.Printf("%v|%+v|%s\n", Tagged{1, 2}, Tagged{2, 3}, Kind(0))
	var n Named = Kind(2)
	fmt.Println(n, n.String(), early)
	b, _ := json.Marshal(Tagged{1, 5})
	fmt.Println(string(b))
	var t Tagged
	json.Unmarshal([]byte(`{"K":2,"N":1}`), &t)
	fmt.Println(t.K, t.N)
	ks := map[Kind][]string{1: {"a"}}
	ks[2] = append(ks[2], "b")
	fmt.Println(ks)
	var p *Kind = new(Kind)
	*p = 2
	fmt.Println(*p, p.String())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(Kind(7))
}

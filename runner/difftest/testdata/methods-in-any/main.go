// difftest: same
package main

// A struct with a method stored as any everywhere a program stores one:
// each is the value itself, which a type switch matches and fmt prints.

import "fmt"

type T struct{ N int }

func (t T) Double() int { return t.N * 2 }

type Box struct{ V any }

func id(v any) any { return v }
func ret() any     { return T{6} }

func show(tag string, v any) {
	switch x := v.(type) {
	case T:
		fmt.Println(tag, "T", x.Double(), x)
	default:
		fmt.Println(tag, "other", x)
	}
}

func main() {
	c := make(chan any, 1)
	c <- T{1}
	show("chan", <-c)
	show("slice", []any{T{2}}[0])
	show("map", map[string]any{"k": T{3}}["k"])
	var s []any
	s = append(s, T{4})
	show("append", s[0])
	show("arg", T{5})
	show("ret", ret())
	show("id", id(T{7}))
	show("field", Box{T{8}}.V)
	s[0] = T{9}
	show("elem", s[0])
	m := map[int]any{}
	m[1] = T{10}
	show("mapset", m[1])
	t := T{11}
	c <- t
	show("chanvar", <-c)
	var a any
	a = t
	show("assign", a)
}

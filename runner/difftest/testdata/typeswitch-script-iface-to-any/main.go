// difftest: same

package main

import "fmt"

type Message interface{ Kind() string }

type Join struct{ Name string }

func (j *Join) Kind() string { return "join" }

func store(v any) any { return v }

func main() {
	var m Message = &Join{"ann"}
	var a any = m
	fmt.Println(a)
	switch v := a.(type) {
	case *Join:
		fmt.Println("join", v.Name)
	default:
		fmt.Println("default")
	}
	b := store(m)
	fmt.Println(b)
	if j, ok := b.(*Join); ok {
		fmt.Println(j.Name)
	}
	list := []any{m, &Join{"bob"}}
	for _, x := range list {
		switch v := x.(type) {
		case *Join:
			fmt.Println("list join", v.Name)
		}
	}
	ch := make(chan Message, 1)
	ch <- &Join{"cy"}
	got := <-ch
	var g any = got
	switch v := g.(type) {
	case *Join:
		fmt.Println("chan join", v.Name, v)
	}
}

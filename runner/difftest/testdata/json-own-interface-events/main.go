// difftest: same
package main

// json.Marshal of a value of the script's Event interface, which holds a
// pointer to a struct that embeds a pointer and has unexported fields, or
// a struct with a field of type any: encoded by what the interface holds.

import (
	"encoding/json"
	"fmt"
)

type Event interface {
	Name() string
}

type Base struct {
	ID   int `json:"id"`
	seen bool
}

type Login struct {
	*Base
	User  string         `json:"user"`
	Extra map[string]any `json:"extra,omitempty"`
	Tags  []string       `json:"tags"`
	pass  string
}

func (l *Login) Name() string { return "login" }

type Tick struct {
	N    int
	Data any
}

func (t Tick) Name() string { return "tick" }

func send(e Event) {
	b, err := json.Marshal(e)
	fmt.Printf("%s %s %v\n", e.Name(), b, err)
}

func main() {
	send(&Login{Base: &Base{ID: 1, seen: true}, User: "ann", pass: "x", Extra: map[string]any{"t": Tick{N: 1}}})
	send(&Login{User: "bob"})
	send(Tick{N: 2, Data: &Login{User: "in"}})
	send(Tick{N: 3, Data: []any{Base{ID: 9}, nil}})
	func() {
		type local struct{ X int }
		var e Event = Tick{Data: local{5}}
		b, err := json.Marshal(e)
		fmt.Println(string(b), err)
	}()
}

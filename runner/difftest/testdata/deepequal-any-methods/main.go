// difftest: same
package main

// reflect.DeepEqual of values that hold the script's types with methods
// in interfaces (a map[string]any, a []any, an any): a peer table and a
// message compared with what a test expects, as Go compares them.

import (
	"fmt"
	"reflect"
)

type Addr struct {
	Host string
	Port int
}

func (a Addr) String() string { return fmt.Sprintf("%s:%d", a.Host, a.Port) }

type Peer struct{ Name string }

func (p *Peer) Hello() string { return "hello " + p.Name }

type Msg struct {
	Kind string
	Body any
}

func main() {
	got := map[string]any{"addr": Addr{"127.0.0.1", 9000}, "peers": []any{&Peer{"ann"}, &Peer{"bob"}}}
	want := map[string]any{"addr": Addr{"127.0.0.1", 9000}, "peers": []any{&Peer{"ann"}, &Peer{"bob"}}}
	fmt.Println("table", reflect.DeepEqual(got, want))
	want["addr"] = Addr{"127.0.0.1", 9001}
	fmt.Println("other port", reflect.DeepEqual(got, want))

	var x, y any = Addr{"a", 1}, Addr{"a", 1}
	fmt.Println("any", reflect.DeepEqual(x, y), reflect.DeepEqual(x, Addr{"a", 1}), reflect.DeepEqual(Addr{"a", 1}, Addr{"a", 1}))
	fmt.Println("not a string", reflect.DeepEqual(x, "a:1"))

	m1 := Msg{"join", &Peer{"cy"}}
	m2 := Msg{"join", &Peer{"cy"}}
	m3 := Msg{"join", &Peer{"di"}}
	fmt.Println("msg", reflect.DeepEqual(m1, m2), reflect.DeepEqual(m1, m3), reflect.DeepEqual(&m1, &m2))
	fmt.Println("slices", reflect.DeepEqual([]any{Addr{"b", 2}, 3, "x"}, []any{Addr{"b", 2}, 3, "x"}))
	fmt.Println("nil", reflect.DeepEqual([]any{nil}, []any{nil}), reflect.DeepEqual(map[string]any{}, map[string]any(nil)))
}

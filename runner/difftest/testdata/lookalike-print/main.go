// difftest: same
package main

import (
	"encoding/json"
	"fmt"
)

// Two messages of one shape: the protocol tells them apart by type.
type Ping struct {
	Seq int `json:"seq"`
}
type Pong struct {
	Seq int `json:"seq"`
}

type Hello struct{ From, To string }
type Bye struct{ From, To string }

func name(m any) string {
	switch m.(type) {
	case Ping:
		return "ping"
	case Pong:
		return "pong"
	case *Ping:
		return "*ping"
	case Hello, Bye:
		return "greeting"
	}
	return "?"
}

func main() {
	p, q := Ping{1}, Pong{1}
	h := Hello{"ann", "bob"}
	fmt.Printf("%v %+v %T %#v\n", p, p, p, p)
	fmt.Printf("%v %+v %T %#v\n", q, q, q, q)
	fmt.Printf("%v %+v %T\n", h, h, Bye(h))
	fmt.Println(p, q, []Ping{p}, map[string]Pong{"q": q})

	for _, m := range []any{p, q, &p, h, Bye{"bob", "ann"}, 3} {
		_, isPing := m.(Ping)
		_, isPong := m.(Pong)
		fmt.Println(name(m), isPing, isPong, m == any(p), m == any(q))
	}

	b, err := json.Marshal([]any{p, q, h})
	fmt.Println(string(b), err)
	var back Pong
	err = json.Unmarshal([]byte(`{"seq":7}`), &back)
	fmt.Println(back, err, back == Pong(Ping{7}))

	seen := map[any]int{}
	for _, m := range []any{Ping{2}, Pong{2}, Ping{2}, Hello{"a", "b"}, Bye{"a", "b"}} {
		seen[m]++
	}
	fmt.Println(len(seen), seen[Ping{2}], seen[Pong{2}], seen[Bye{"a", "b"}])

	var a, c any = Hello{"x", "y"}, Bye{"x", "y"}
	fmt.Println(a == c, h == Hello(Bye{"ann", "bob"}))
}

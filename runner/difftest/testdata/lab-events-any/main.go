// difftest: same

package main

import "fmt"

type Conn struct {
	ID   int
	name string
}

func (c *Conn) Close() error { return nil }

type Msg struct{ Text string }

func (m Msg) Len() int { return len(m.Text) }

type Holder struct{ V any }

func make1() any { return &Conn{1, "ret"} }

func pass(v any) any { return v }

func describe(v any) string {
	switch x := v.(type) {
	case *Conn:
		return fmt.Sprintf("conn %d %s", x.ID, x.name)
	case Msg:
		return fmt.Sprintf("msg %q %d", x.Text, x.Len())
	case *Msg:
		return fmt.Sprintf("*msg %q", x.Text)
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var vals []any
	vals = append(vals, make1())
	vals = append(vals, pass(&Conn{2, "pass"}))
	var a any = &Conn{3, "var"}
	vals = append(vals, a)
	c := &Conn{4, "assigned"}
	var b any
	b = c
	vals = append(vals, b)
	h := Holder{V: &Conn{5, "field"}}
	vals = append(vals, h.V)
	h.V = &Msg{"ptr msg"}
	vals = append(vals, h.V)
	m := map[string]any{}
	m["k"] = &Conn{6, "map"}
	vals = append(vals, m["k"])
	ch := make(chan any, 2)
	ch <- &Conn{7, "chan"}
	ch <- Msg{"chan msg"}
	vals = append(vals, <-ch, <-ch)
	vals = append(vals, Msg{"lit"}, nil, 42)
	vals = append(vals, &Conn{8, "append"})
	lit := []any{&Conn{9, "slice lit"}, Holder{&Conn{10, "positional"}}.V}
	vals = append(vals, lit...)
	get := func() any { return &Conn{11, "closure"} }
	vals = append(vals, get())
	arr := [1]any{}
	arr[0] = &Conn{12, "array"}
	vals = append(vals, arr[0])
	var iface interface{} = &Msg{"interface{}"}
	vals = append(vals, iface)
	for i, v := range vals {
		fmt.Printf("%d %s | %v | %+v\n", i, describe(v), v, v)
		if cc, ok := v.(*Conn); ok {
			fmt.Println("   ok", cc.ID, cc.Close())
		}
	}

}

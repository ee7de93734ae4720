// difftest: same
package main

import "fmt"

// Join says a user joined; its String method makes the interpreter keep
// it, stored as an any, in a wrapper of its own.
type Join struct{ Name string }

func (j Join) String() string { return "join " + j.Name }

// Say has no methods.
type Say struct{ Name, Text string }

type Holder struct{ V any }

func kind(v any) string {
	switch e := v.(type) {
	case nil:
		return "nil"
	case Join:
		return "J " + e.Name + " " + e.String()
	case Say, int:
		return fmt.Sprint("SI ", e)
	case *Join:
		return "*J " + e.Name
	default:
		return fmt.Sprint("? ", e)
	}
}

func all(vs ...any) {
	for _, v := range vs {
		fmt.Println("variadic", kind(v))
	}
}

func main() {
	ch := make(chan any, 4)
	ch <- Join{"ann"}
	ch <- Say{"ann", "hi"}
	ch <- nil
	ch <- 3
	close(ch)
	for ev := range ch {
		switch e := ev.(type) {
		case Join:
			fmt.Println("J", e)
		case Say:
			fmt.Println("S", e.Text)
		default:
			fmt.Println("?", e)
		}
		fmt.Println("kind", kind(ev))
	}

	xs := []any{Join{"di"}}
	xs = append(xs, Join{"ed"})
	m := map[string]any{"k": Join{"fa"}}
	m["l"] = Join{"gu"}
	h := Holder{V: Join{"hu"}}
	for _, v := range []any{xs[0], xs[1], m["k"], m["l"], h.V} {
		fmt.Println("stored", kind(v))
		switch v.(type) {
		case Join:
			fmt.Println("unbound J")
		}
	}
	all(Join{"io"}, Say{"io", "yo"}, &Join{"ja"}, 1.5)
	if j, ok := xs[0].(Join); ok {
		fmt.Println("ok", j)
	}
	ch2 := make(chan any, 1)
	ch2 <- Join{"jo"}
	switch v := (<-ch2).(type) {
	case Join:
		fmt.Println("received", v.Name)
	}
}

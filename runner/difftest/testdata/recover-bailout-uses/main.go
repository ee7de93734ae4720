// difftest: same
package main

// A parser that gives up with panic(bailout{}), a struct of no fields,
// and recovers it: the recovered value compared, switched on, asserted to
// its type (and to another), printed with %v, %+v, %T and %#v, kept in a
// variable of type any and passed on. A struct of no fields from a
// compiled function's interface{} made the interpreter's assertion panic
// (reflect: Field index out of bounds).

import (
	"fmt"
	"strings"
)

type bailout struct{}

type syntaxErr struct{ at int }

func (e *syntaxErr) Error() string { return fmt.Sprintf("syntax error at %d", e.at) }

func parse(words []string) (n int, err error) {
	defer func() {
		p := recover()
		if p == nil {
			return
		}
		fmt.Printf("recovered %v %+v %T %#v\n", p, p, p, p)
		if b, ok := p.(bailout); ok {
			fmt.Println("bailout asserted:", b)
		}
		if _, ok := p.(*syntaxErr); ok {
			fmt.Println("a syntax error")
		}
		if s, ok := p.(string); ok {
			fmt.Println("a string:", s)
		}
		switch x := p.(type) {
		case bailout:
			err = fmt.Errorf("gave up after %d words", n)
		case *syntaxErr:
			err = x
		default:
			err = fmt.Errorf("unexpected: %v", x)
		}
		var kept any = p
		fmt.Println(kept == bailout{}, kept)
	}()
	for i, w := range words {
		switch {
		case w == "stop":
			panic(bailout{})
		case strings.ContainsAny(w, "{}"):
			panic(&syntaxErr{i})
		case w == "boom":
			panic("boom")
		}
		n++
	}
	return n, nil
}

func main() {
	for _, line := range []string{"a b c", "a stop c", "a {b", "x boom"} {
		n, err := parse(strings.Fields(line))
		fmt.Println(n, err)
	}
}

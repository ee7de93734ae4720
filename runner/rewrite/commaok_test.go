package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("commaok_corpus", "comma-ok-zero"),
		program{"commaok_forms", `package main

import (
	"fmt"
	"io"
)

type MyErr struct{ op string }

func (e *MyErr) Error() string { return e.op }

type box struct{ v int }

func main() {
	m := map[string]int{"a": 1, "c": 3}
	vals := []any{5, "x", 2.5, 7, nil}
	for i, v := range vals {
		n, ok := v.(int)
		s, _ := v.(string)
		c, found := m[string(rune('a'+i))]
		var w, wok = m[string(rune('b'+i))]
		fmt.Println(n, ok, s, c, found, w, wok)
		if k, ok := v.(int); ok {
			fmt.Println("int", k)
		}
		if k, ok := v.(int); !ok || k > 5 {
			fmt.Println("not an int, or big:", k, ok)
		} else {
			fmt.Println("small int", k)
		}
		if f, ok := v.(float64); ok {
			fmt.Println("float", f)
		} else {
			fmt.Println("no float", f)
		}
		switch q, ok := m[fmt.Sprint(v)]; {
		case ok:
			fmt.Println("found", q)
		default:
			fmt.Println("missing", q)
		}
		var bx box
		bx.v, ok = v.(int)
		fmt.Println(bx.v, ok)
		type local struct{ n int }
		var lv any = local{i}
		if i%2 == 1 {
			lv = i
		}
		l, lok := lv.(local)
		fmt.Println(l, lok)
		switch i {
		case 1, 3:
			z, zok := m["c"+fmt.Sprint(i)]
			fmt.Println("case", z, zok)
		}
	}
	n := 7
	var ok bool
	n, ok = any("z").(int)
	fmt.Println(n, ok)
	var err error = io.EOF
	var me *MyErr = &MyErr{"before"}
	me, ok = err.(*MyErr)
	fmt.Println(me == nil, ok)
	i := 0
again:
	x, xok := m[fmt.Sprint("a", i)]
	fmt.Println(x, xok)
	if i < 2 {
		i++
		x = 9
		goto again
	}
	fn := func(k string) int {
		v, ok := m[k]
		_ = ok
		return v
	}
	fmt.Println(fn("a"), fn("zz"))
}
`},
	)
}

// TestCommaOKRefuses lists comma-ok operands the pass can neither follow
// with a statement nor hand to a function, and failures whose zero value
// the interpreter cannot hold.
func TestCommaOKRefuses(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"a local type in an if statement's init", "package main\n\nfunc main() {\n\tfor i := 0; i < 2; i++ {\n\t\ttype local struct{ n int }\n\t\tvar v any = local{i}\n\t\tif l, ok := v.(local); ok || l.n > 0 {\n\t\t}\n\t}\n}\n",
			"main.go:7:15: the interpreter leaves l as it was when this type assertion fails"},
		{"a nil pointer into an interface", "package main\n\ntype E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar err, e error\n\tok := false\n\te, ok = err.(*E)\n\t_, _ = e, ok\n}\n",
			"main.go:10:10: when this type assertion fails, Go sets e to a nil *E, which the interpreter cannot hold in a error: assign the result to a variable of type *E"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, tt.src, tt.want)
		})
	}
}

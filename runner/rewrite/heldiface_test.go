package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		// Values and pointers of the script's types held in an any, asked
		// for as error and fmt.Stringer beside Go's library's values.
		program{"heldiface_switch", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Note struct{ S string }

func (n Note) String() string { return "note " + n.S }

type Empty struct{}

func (Empty) Error() string { return "empty" }

type PtrOnly struct{ N int }

func (p *PtrOnly) Error() string { return fmt.Sprint("ptr ", p.N) }

type Both struct{ K int }

func (b Both) String() string { return fmt.Sprint("both ", b.K) }
func (b *Both) Bump()         { b.K++ }

func box[T any](v T) any { return v }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case *net.OpError:
		return "op " + x.Op
	case error:
		var se SyntaxError
		as := errors.As(x, &se)
		return fmt.Sprintf("error %v|%s|%T|%+v|%s|%v|%v|%v", x, x, x, x, x.Error(), as, errors.Is(x, io.EOF), x == SyntaxError{1, "x"})
	case fmt.Stringer:
		return fmt.Sprintf("stringer %v|%s|%+v|%s", x, x, x, x.String())
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	values := []any{
		SyntaxError{1, "x"}, Note{"y"}, &SyntaxError{2, "z"}, Empty{}, &Empty{},
		PtrOnly{4}, &PtrOnly{5}, io.EOF, nil, 3, Both{6}, &Both{7},
		&net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded},
		box(SyntaxError{8, "gen"}), box(Note{"gen"}),
	}
	for i, v := range values {
		fmt.Println(i, describe(v))
		e, isErr := v.(error)
		s, isStr := v.(fmt.Stringer)
		fmt.Println("  ", isErr, isStr, e, s)
	}
}
`},
		// Assertions of one value, of a value and a pointer that implement
		// the interface.
		program{"heldiface_one", `package main

import (
	"fmt"
	"io"
)

type Note struct{ S string }

func (n Note) String() string { return "note " + n.S }

type Failed struct{ Step int }

func (f *Failed) Error() string { return fmt.Sprint("step ", f.Step, " failed") }

func main() {
	things := []any{Note{"a"}, &Note{"b"}}
	for _, t := range things {
		s := t.(fmt.Stringer)
		fmt.Println(s.String(), s)
	}
	errs := []any{&Failed{1}, io.EOF}
	for _, e := range errs {
		fmt.Println(e.(error).Error())
	}
}
`},
		// Pointers to a type with a method of a pointer receiver, stored as
		// any in a loop: each element holds its own (pass ifaceconv).
		program{"ifaceconv_any_pointer_loop", `package main

import "fmt"

type C struct{ r float64 }

func (c *C) Area() float64 { return c.r }

func main() {
	var all []any
	ch := make(chan any, 3)
	for i := 0; i < 3; i++ {
		all = append(all, &C{float64(i)})
		ch <- &C{float64(10 * i)}
	}
	close(ch)
	for _, a := range all {
		fmt.Println(a.(*C).r)
	}
	for a := range ch {
		fmt.Println(a.(*C).Area())
	}
}
`},
		// What a function returns, a channel gives back and a map keys, asked
		// for as error and fmt.Stringer.
		program{"heldiface_commaok", `package main

import (
	"fmt"
	"strings"
)

type Failed struct{ Step int }

func (*Failed) Error() string { return "failed" }

type Key struct{ K string }

func (k Key) String() string { return "key " + k.K }

type Quiet struct{}

func (*Quiet) String() string { return "quiet" }

func result(step int) any {
	if step > 0 {
		return &Failed{step}
	}
	return "done"
}

func main() {
	for step := range 2 {
		if err, ok := result(step).(error); ok {
			fmt.Println(step, err)
		}
	}
	seen := map[any]bool{Key{"a"}: true}
	for k := range seen {
		s, ok := k.(fmt.Stringer)
		fmt.Println(ok, s)
	}
	ch := make(chan any, 3)
	ch <- Key{"b"}
	ch <- Quiet{}
	ch <- &Quiet{}
	close(ch)
	for v := range ch {
		if s, ok := v.(fmt.Stringer); ok {
			fmt.Println(strings.ToUpper(s.String()))
		} else {
			fmt.Println("not a Stringer")
		}
		switch x := v.(type) {
		case fmt.Stringer:
			fmt.Println("case", x.String())
		}
	}
}
`},
	)
}

// TestHeldInterfaceAsks checks what the file's function asks an empty
// interface for, asserted to an interface of Go's library or of the
// script's top level: the script's
// types that implement it, the value of one whose pointer alone does
// (answered false), a nil pointer left to the interpreter.
func TestHeldInterfaceAsks(t *testing.T) {
	tests := []struct {
		name, src string
		want, not []string
	}{
		{"a comma-ok assertion asks a value and a pointer type",
			"package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (P) String() string { return \"p\" }\n\nfunc main() {\n\tvar v any = P{}\n\ts, ok := v.(fmt.Stringer)\n\tfmt.Println(s, ok)\n}\n",
			[]string{"s, ok := _slAs", "(x any) (fmt.Stringer, bool) { if x == nil { return nil, false }; if v, ok := interface{}(_sl2.Held(x)).(P); ok { return v, true }; if v, ok := interface{}(_sl2.Held(x)).(*P); ok && v != nil { return v, true }; v, ok := x.(fmt.Stringer); return v, ok }"},
			nil},
		{"a value whose pointer alone implements the interface is answered false",
			"package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (*P) String() string { return \"p\" }\n\nfunc main() {\n\tvar v any = P{}\n\t_, ok := v.(fmt.Stringer)\n\tfmt.Println(ok)\n}\n",
			[]string{"if v, ok := interface{}(_sl2.Held(x)).(*P); ok && v != nil { return v, true }; if _, ok := interface{}(_sl2.Held(x)).(P); ok { return nil, false }; v, ok := x.(fmt.Stringer)"},
			[]string{"(P); ok { return v, true }"}},
		{"a type switch's case binds the function's value",
			"package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (P) String() string { return \"p\" }\n\nfunc main() {\n\tvar v any = P{}\n\tswitch x := v.(type) {\n\tcase fmt.Stringer:\n\t\tfmt.Println(x.String())\n\t}\n}\n",
			[]string{"x, _ := _slAs"},
			nil},
		{"an assertion of one value panics with Go's message for a value whose type lacks the method",
			"package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (*P) String() string { return \"p\" }\n\ntype Q struct{}\n\nfunc main() {\n\tvar v any = &P{}\n\ts := v.(fmt.Stringer)\n\tfmt.Println(s)\n}\n",
			[]string{"s := func(_ha any) fmt.Stringer { if _ha == nil { /*line :13:8*/panic(_sl", ".ConversionError(\"interface conversion: interface is nil, not fmt.Stringer\")) }", "\"interface conversion: main.P is not fmt.Stringer: missing method String\"", "\"interface conversion: main.Q is not fmt.Stringer: missing method String\"", ".AssertionError(_ha, \"fmt.Stringer\", \"String func() string\")", "return /*line :13:8*/_ha.(fmt.Stringer) }(/*line :13:7*/v)"},
			nil},
		{"a script without types of its own leaves the assertion to nilassert",
			"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any = 1\n\t_, ok := v.(fmt.Stringer)\n\tfmt.Println(ok)\n}\n",
			[]string{"_as"},
			[]string{"_slAs"}},
		{"a comma-ok assertion to an interface the script declares asks its types, and answers nil where none is found",
			"package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\ntype C struct{ R float64 }\n\nfunc (c C) Area() float64 { return c.R }\n\nfunc main() {\n\tfor _, v := range []any{C{1}, \"x\"} {\n\t\ts, ok := v.(Shape)\n\t\tfmt.Println(s != nil, ok)\n\t}\n}\n",
			[]string{"s, ok := _slAs", "(x any) (Shape, bool) { if x == nil { return nil, false }; if v, ok := x.(C); ok { return v, true }; if v, ok := x.(*C); ok && v != nil { return v, true }; if v, ok := x.(Shape); ok { return v, true }; return nil, false }"},
			[]string{"*new(Shape)"}},
		{"an assertion of one value to an interface the script declares panics with Go's message",
			"package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\ntype C struct{ R float64 }\n\nfunc (c C) Area() float64 { return c.R }\n\ntype D struct{}\n\nfunc main() {\n\tvar v any = C{1}\n\tfmt.Println(v.(Shape).Area())\n}\n",
			[]string{"fmt.Println((Shape)(func(_ha any) Shape {", "\"interface conversion: main.D is not main.Shape: missing method Area\"", "\"interface conversion: interface is nil, not main.Shape\""},
			nil},
		{"an interface the script declares inside a function is not asked so",
			"package main\n\nimport \"fmt\"\n\ntype C struct{ R float64 }\n\nfunc (c C) Area() float64 { return c.R }\n\nfunc main() {\n\ttype Shape interface{ Area() float64 }\n\tvar v any = C{1}\n\t_, ok := v.(Shape)\n\tfmt.Println(ok)\n}\n",
			nil,
			[]string{"_slAs"}},
		{"an assertion from an error is not asked so",
			"package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (P) String() string { return \"p\" }\nfunc (P) Error() string  { return \"e\" }\n\nfunc main() {\n\tvar e error = P{}\n\t_, ok := e.(fmt.Stringer)\n\tfmt.Println(ok)\n}\n",
			nil,
			[]string{"_slAs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

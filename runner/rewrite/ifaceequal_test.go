package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("ifaceequal", "error-value-equality"),
		fromCorpus("ifaceequal_pointer_sentinel", "error-pointer-sentinel"),
		fromCorpus("ifaceequal_value_sentinel", "errors-value-sentinel"),
		fromCorpus("ifaceequal_typed_nil", "typed-nil-stored"),
		fromCorpus("ifaceequal_layers", "errors-is-layers"),
		fromCorpus("ifaceequal_distinct", "errors-named-distinct"),
		fromCorpus("ifaceequal_field", "error-sentinel-field"),
		program{"ifaceequal_self_referring", `package main

import (
	"errors"
	"fmt"
)

type E struct {
	Msg  string
	Next *E
}

func (e E) Error() string { return e.Msg }

func main() {
	inner := &E{Msg: "inner"}
	v := E{Msg: "outer", Next: inner}
	var err error = v
	var perr error = inner
	fmt.Println(err == v, perr == inner, perr == *inner, err == inner, errors.Is(fmt.Errorf("x: %w", err), v), errors.Is(perr, *inner))
	self := &E{Msg: "self"}
	self.Next = self
	var s error = *self
	fmt.Println(s == *self, s == self)
}
`},
		program{"ifaceequal_self_generic", `package main

import (
	"errors"
	"fmt"
)

// E is an error that carries a value.
type E[T comparable] struct{ V T }

func (e E[T]) Error() string { return fmt.Sprint("e ", e.V) }

// P is an error behind a pointer.
type P[T any] struct{ V T }

func (p *P[T]) Error() string { return "p" }

var ErrP = &P[int]{1}

func main() {
	var err error = E[int]{1}
	fmt.Println(err == E[int]{1}, err == E[int]{2}, errors.Is(fmt.Errorf("x: %w", err), E[int]{1}))
	var perr error = ErrP
	fmt.Println(perr == ErrP, errors.Is(fmt.Errorf("x: %w", perr), ErrP), errors.Unwrap(fmt.Errorf("x: %w", perr)) == ErrP)
}
`},
		program{"ifaceequal_self", `package main

import (
	"errors"
	"fmt"
)

// Status is a reply status.
type Status int

func (s Status) Error() string { return fmt.Sprint("status ", int(s)) }

// Gone says a peer left.
type Gone struct{ Peer string }

func (g *Gone) Error() string { return g.Peer + " gone" }

// Wrap wraps an error.
type Wrap struct{ Err error }

func (w *Wrap) Error() string { return "wrap: " + w.Err.Error() }
func (w *Wrap) Unwrap() error { return w.Err }

// Empty is an error without fields.
type Empty struct{}

func (*Empty) Error() string { return "empty" }

const NotFound Status = 404

var ErrGone = &Gone{"client"}

func find(ok bool) *Empty {
	if ok {
		return &Empty{}
	}
	return nil
}

func main() {
	s := NotFound
	var byPtr error = &s
	var byVal error = s
	fmt.Println(byPtr == s, byPtr == &s, byVal == s, byVal == &s, errors.Is(byPtr, &s), errors.Is(byPtr, s))
	for _, err := range []error{NotFound, ErrGone, Status(500), &Gone{"client"}, nil} {
		switch err {
		case NotFound, ErrGone:
			fmt.Println("known", err)
		case nil:
			fmt.Println("none")
		default:
			fmt.Println("other", err)
		}
		fmt.Println(err != NotFound, ErrGone == err, errors.Is(&Wrap{err}, ErrGone))
	}
	var boxed error = find(false)
	var other error = find(false)
	fmt.Println(boxed != nil, boxed == other, errors.Is(boxed, other), errors.Is(&Wrap{boxed}, find(false)), boxed == find(false))
	in := &Wrap{ErrGone}
	fmt.Println(errors.Unwrap(&Wrap{in}) == in, errors.Unwrap(&Wrap{in}) == error(in), errors.Unwrap(errors.Unwrap(&Wrap{in})) == ErrGone)
}
`},
		program{"ifaceequal_kinds", `package main

import (
	"errors"
	"fmt"
	"io"
)

// Code is an error reply code.
type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

// pair is an error of two errors.
type pair struct{ a, b error }

func (p pair) Error() string { return "pair" }

var (
	ErrGone  error = Code(410)
	ErrBoth  error = pair{ErrGone, io.EOF}
	ErrOther error = pair{io.EOF, ErrGone}
)

func pick(n int) error {
	return []error{nil, Code(410), pair{Code(410), io.EOF}, Code(500)}[n]
}

func main() {
	for i := 0; i < 4; i++ {
		err := pick(i)
		fmt.Println(err == ErrGone, err != ErrBoth, err == ErrOther, errors.Is(err, ErrBoth))
		switch pick(i) {
		case ErrGone, ErrBoth:
			fmt.Println("known")
		case nil:
			fmt.Println("none")
		default:
			fmt.Println("other")
		}
	}
}
`},
	)
}

// TestIfaceEqualEdits checks what the pass writes, columns kept.
func TestIfaceEqualEdits(t *testing.T) {
	src := "package main\n\nimport (\n\t\"errors\"\n\t\"io\"\n)\n\ntype E struct{ n int }\n\nfunc (e E) Error() string { return \"\" }\n\nvar ErrA error = E{1}\n\nfunc main() {\n\tvar err error = E{2}\n\t_ = err == ErrA\n\t_ = err != ErrA\n\t_ = err == io.EOF\n\t_ = err == nil\n\t_ = errors.Is(err, ErrA)\n\t_ = errors.Is(err, io.EOF)\n}\n"
	got := string(lift(t, "main.go", src))
	for _, want := range []string{
		"_ = _sl2.Equal(/*line :16:6*/err ,  ErrA)/*line :16:17*/",
		"_ = !_sl2.Equal(/*line :17:6*/err ,  ErrA)/*line :17:17*/",
		"_ = err == io.EOF",
		"_ = err == nil",
		"_ = _sl2.ErrorsIs/*line :20:15*/(err, ErrA)",
		"_ = errors.Is(err, io.EOF)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %s", got, want)
		}
	}
}

// TestIfaceEqualSelfEdits checks that a value or pointer of an error
// type of the script, compared with an error, goes to lift.Equal as
// lift.Self of it, columns kept, and errors.Is with one to lift.ErrorsIs.
func TestIfaceEqualSelfEdits(t *testing.T) {
	src := "package main\n\nimport \"errors\"\n\ntype S int\n\nfunc (S) Error() string { return \"\" }; func (S) Code() int { return 0 }\n\ntype P struct{}\n\nfunc (*P) Error() string { return \"\" }\n\nvar ErrP = &P{}\n\nfunc main() {\n\tvar err error\n\t_ = err == S(1)\n\t_ = ErrP != err\n\t_ = errors.Is(err, ErrP)\n\t_ = errors.Is(S(2), err)\n\tswitch err {\n\tcase ErrP, nil:\n\t}\n\tvar p *P\n\t_ = p == ErrP\n}\n"
	liftHolds(t, src, []string{
		`_ = _sl2.Equal(/*line :17:6*/err ,  _sl2.Self("main.S", /*line :17:13*/S(1)))/*line :17:17*/`,
		`_ = !_sl2.Equal(/*line :18:6*/_sl2.Self("*main.P", /*line :18:6*/ErrP) ,  err)/*line :18:17*/`,
		"_ = _sl2.ErrorsIs/*line :19:15*/(err, ErrP)",
		"_ = _sl2.ErrorsIs/*line :20:15*/(S(2), err)",
		`case _sl2.Equal(err, /*line :22:7*/_sl2.Self("*main.P", /*line :22:7*/ErrP))/*line :22:11*/ || err == /*line :22:13*/nil:`,
		"_ = p == ErrP",
	}, nil)
}

func TestIfaceEqualRefuse(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"an error type declared in a function", "func main() {\n\ttype local struct {\n\t\terror\n\t\tn int\n\t}\n\tvar a, b error = local{}, local{}\n\t_ = a == b\n}", "main.go:16:6: the interpreter keeps a local stored as error in a wrapper"},
		{"pointers only", "type P struct{ n int }\n\nfunc (*P) Error() string { return \"\" }\n\nfunc main() {\n\tvar a, b error = &P{}, &P{}\n\t_ = a == b\n}", ""},
		{"two error types alike, whose values name their types", "type A struct{ n int }\ntype B struct{ n int }\n\nfunc (A) Error() string { return \"\" }\nfunc (B) Error() string { return \"\" }\n\nfunc main() {\n\tvar a, b error = A{}, B{}\n\t_ = a == b\n}", ""},
		{"two Stringer types alike", "type A int\ntype B int\n\nfunc (A) String() string { return \"\" }\nfunc (B) String() string { return \"\" }\n\nfunc main() {\n\tvar a, b fmt.Stringer = A(1), B(1)\n\t_ = a == b\n}", "main.go:18:6: the interpreter makes A and B one type"},
		{"a Stringer struct", "type S struct{ n int }\n\nfunc (S) String() string { return \"\" }\n\nfunc main() {\n\tvar a, b fmt.Stringer = S{}, S{}\n\t_ = a == b\n}", "main.go:16:6: the interpreter keeps a S stored as fmt.Stringer in a wrapper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nvar _, _ = fmt.Sprint, net.Dial\n\n" + tt.body + "\n"
			if tt.want == "" {
				if _, err := apply(t, src); err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			refuses(t, src, tt.want)
		})
	}
}

func init() {
	programs = append(programs, fromCorpus("ifaceequal_script", "script-interface-equal"))
}

// TestIfaceEqualScriptInterface checks that a value of an interface the
// script declares is compared by lift.Equal, but with nil.
func TestIfaceEqualScriptInterface(t *testing.T) {
	src := "package main\n\ntype Shape interface{ Area() int }\n\ntype Sq int\n\nfunc (s Sq) Area() int { return int(s) }\n\nfunc main() {\n\tvar s Shape = Sq(1)\n\t_ = s == Sq(1)\n\t_ = s != nil\n\tswitch s {\n\tcase Sq(2), nil:\n\t}\n}\n"
	liftHolds(t, src, []string{
		"_ = _sl2.Equal(/*line :11:6*/s ,  Sq(1))/*line :11:16*/",
		"_ = s != nil",
		"case _sl2.Equal(s, /*line :14:7*/Sq(2))/*line :14:12*/ || s == /*line :14:14*/nil:",
	}, nil)
}

// TestIfaceEqualHeldInAny checks which comparisons of an empty interface
// go to lift.Equal: with an interface or a value of a type with methods
// that the script declares (an error's as lift.Self of it), in a script
// that declares a type with methods; not with nil, a value of Go's
// library, or a variable of Go's library.
func TestIfaceEqualHeldInAny(t *testing.T) {
	tests := []struct {
		name, src string
		want, not []string
	}{
		{
			"a script with methods",
			"package main\n\nimport \"io\"\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{ S int }\n\nfunc (s Sq) Area() int { return s.S }\n\ntype V struct{ C int }\n\nfunc (V) Error() string { return \"\" }\n\nfunc main() {\n\tvar a, b any\n\tvar sh Shape\n\t_ = a == b\n\t_ = a == Sq{2}\n\t_ = &Sq{1} != a\n\t_ = a == V{7}\n\t_ = a == any(sh)\n\t_ = a == nil\n\t_ = a == 1\n\t_ = a == io.EOF\n}\n",
			[]string{
				"_ = _sl2.Equal(/*line :18:6*/a ,  b)/*line :18:12*/",
				"_ = _sl2.Equal(/*line :19:6*/a ,  Sq{2})/*line :19:16*/",
				"_ = !_sl2.Equal(/*line :20:6*/&Sq{1} ,  a)/*line :20:17*/",
				`_ = _sl2.Equal(/*line :21:6*/a ,  _sl2.Self("main.V", /*line :21:11*/V{7}))/*line :21:15*/`,
				"_ = _sl2.Equal(/*line :22:6*/a ,  any(_ifc3(sh)))/*line :22:18*/",
				"_ = a == nil",
				"_ = a == 1",
				"_ = a == io.EOF",
			},
			nil,
		},
		{
			"a script without methods",
			"package main\n\ntype P struct{ X int }\n\nfunc main() {\n\tvar a, b any\n\t_ = a == b\n\t_ = a == P{1}\n}\n",
			[]string{"_ = a == b", "_ = a == P{1}"},
			[]string{"Equal"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

func init() {
	programs = append(programs, fromCorpus("ifaceequal_struct_any_fields", "held-struct-any-fields-equal"))
}

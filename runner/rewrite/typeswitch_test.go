package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		// runner/difftest's type-switch-script-errors, but for fmt.Errorf's
		// %w of a script's error, which socklab's tables of fmt give.
		program{"typeswitch_script_errors", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

// TooBig says a message was longer than the limit.
type TooBig struct{ Size, Limit int }

func (e *TooBig) Error() string { return fmt.Sprintf("%d bytes, over %d", e.Size, e.Limit) }

// Refused is a reply that refuses, an error by value as well.
type Refused struct{ Why string }

func (r Refused) Error() string { return "refused: " + r.Why }

func read(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return &TooBig{70000, 65536}
	case 2:
		return &Refused{"busy"}
	case 3:
		return io.EOF
	case 4:
		return &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	}
	return errors.New("other")
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *TooBig:
		return fmt.Sprint("too big by ", e.Size-e.Limit)
	case *Refused, *net.OpError:
		return fmt.Sprintf("no: %v", e)
	default:
		if err == io.EOF {
			return "closed"
		}
		return "other: " + e.Error()
	}
}

func main() {
	for i := 0; i < 7; i++ {
		err := read(i)
		fmt.Println(i, kind(err))
		switch err.(type) {
		case *TooBig:
			fmt.Println("  limit")
		case *Refused:
			fmt.Println("  retry")
		}
		if tb, ok := err.(*TooBig); ok {
			fmt.Println("  assert", tb.Limit)
		}
	}
}
`},
		program{"typeswitch_interfaces", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"time"
)

type Temp struct{ C float64 }

type Named struct{ name string }

func (n *Named) String() string { return n.name }

type Code int

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Temp:
		return fmt.Sprint("temp ", x.C)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "a stringer"
	case int, string:
		return fmt.Sprintf("int or string %v", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func next() any { return io.EOF }

func main() {
	for _, v := range []any{nil, Temp{3}, &Named{"n"}, time.Second, io.EOF, errors.New("plain"), Temp{21.5}, 4, "s", 2.5} {
		fmt.Println(classify(v))
	}
	switch next().(type) {
	case error:
		fmt.Println("next is an error")
	}
	if err := next(); err != nil {
		switch e := err.(type) {
		case net.Error:
			fmt.Println("timeout", e.Timeout())
		case error:
			fmt.Println("plain", e)
		}
	}
}
`},
	)
}

// TestTypeSwitchOnRecover checks that a type switch on recover() itself,
// with an interface case, takes the operand into the switch's init with
// pass recover's wrapper, whose edits go with it.
func TestTypeSwitchOnRecover(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc classify(f func()) (kind string) {\n\tdefer func() {\n\t\tswitch r := recover().(type) {\n\t\tcase nil:\n\t\t\tkind = \"no panic\"\n\t\tcase error:\n\t\t\tkind = r.Error()\n\t\tdefault:\n\t\t\tkind = fmt.Sprintf(\"%T\", r)\n\t\t}\n\t}()\n\tf()\n\treturn\n}\n\nfunc main() { fmt.Println(classify(func() { panic(3.5) })) }\n"
	out := string(lift(t, "main.go", src))
	keepsLines(t, src, out)
	if want := " := interface{}(_sl4.Recovered(recover())); {"; !strings.Contains(out, want) {
		t.Errorf("want %q in:\n%s", want, out)
	}
}

func init() {
	programs = append(programs, fromCorpus("typeswitch_type_params", "generics-typeswitch-type-params"))
}

func init() {
	programs = append(programs, fromCorpus("typeswitch_generic_instance", "held-typeswitch-generic-instance"))
}

package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("ifaceequal", "error-value-equality"),
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
		"_ = _sl3.Equal(/*line :16:6*/err ,  ErrA)/*line :16:17*/",
		"_ = !_sl3.Equal(/*line :17:6*/err ,  ErrA)/*line :17:17*/",
		"_ = err == io.EOF",
		"_ = err == nil",
		"_ = _sl3.ErrorsIs/*line :20:15*/(err, ErrA)",
		"_ = errors.Is(err, io.EOF)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %s", got, want)
		}
	}
}

func TestIfaceEqualRefuse(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"an error type declared in a function", "func main() {\n\ttype local struct {\n\t\terror\n\t\tn int\n\t}\n\tvar a, b error = local{}, local{}\n\t_ = a == b\n}", "main.go:16:6: the interpreter keeps a local stored as error in a wrapper"},
		{"pointers only", "type P struct{ n int }\n\nfunc (*P) Error() string { return \"\" }\n\nfunc main() {\n\tvar a, b error = &P{}, &P{}\n\t_ = a == b\n}", ""},
		{"two error types alike", "type A struct{ n int }\ntype B struct{ n int }\n\nfunc (A) Error() string { return \"\" }\nfunc (B) Error() string { return \"\" }\n\nfunc main() {\n\tvar a, b error = A{}, B{}\n\t_ = a == b\n}", "main.go:18:6: the interpreter makes A and B one type"},
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

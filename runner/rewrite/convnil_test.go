package rewrite_test

import (
	"strings"
	"testing"
)

// TestConvNils checks that a comparison with nil of a conversion to an
// interface of a value of a type that is no interface is written as a
// call that gives Go's answer, and that the others are left as written.
func TestConvNils(t *testing.T) {
	const decls = `package main

import (
	"fmt"
	"io"
	"os"
)

type T struct{}

var _, _, _ = fmt.Sprint, io.EOF, os.Stdout
`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a nil pointer", `var p *int; fmt.Println(any(p) == nil)`, []string{`fmt.Println(_sl1.Never(/*line :15:18*/p)/*line :15:27*/)`}, []string{"any(p)"}},
		{"not nil", `var q *T; fmt.Println(interface{}(q) != nil)`, []string{`_sl1.Always(/*line :15:26*/q)/*line :15:35*/`}, nil},
		{"nil first", `var q *T; fmt.Println(nil == any(q))`, []string{`_sl1.Never(/*line :15:25*/q)/*line :15:27*/`}, nil},
		{"a library interface", `var f *os.File; fmt.Println(io.Writer(f) == nil)`, []string{`_sl1.Never(/*line :15:24*/f)`}, nil},
		{"an int", `n := 0; fmt.Println(any(n) != nil)`, []string{`_sl1.Always(/*line :15:18*/n)`}, nil},
		{"an interface", `var err error; fmt.Println(any(err) == nil)`, []string{"any(err) == nil"}, []string{"Never"}},
		{"nil itself", `fmt.Println(any(nil) == nil)`, []string{"any(nil) == nil"}, []string{"Never"}},
		{"a variable", `var p *int; var a any = p; fmt.Println(a == nil)`, []string{"a == nil"}, []string{"Never"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := decls + "\nfunc main() {\n\t" + strings.ReplaceAll(tt.body, "; ", "\n\t") + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

func init() {
	programs = append(programs, fromCorpus("convnil_typed_nils", "lang-nil-conversion-compare"))
}

package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("multivalue_assign", "multi-value-assign"),
		program{"multivalue_with_other_passes", `package main

import "fmt"

type Tag struct{ s string }

func (t Tag) Error() string { return "tag " + t.s }

func parse(s string) (int, error) {
	if s == "" {
		return 0, Tag{"empty"}
	}
	return len(s), nil
}

func main() {
	var errs [2]error
	var n int
	for i, s := range []string{"", "abc"} {
		n, errs[i] = i, Tag{s}
		fmt.Println(n, errs[i])
	}
	m := map[string]int{}
	var ok bool
	ch := make(chan int, 1)
	ch <- 4
	m["a"], ok = <-ch, true
	fmt.Println(m, ok)
	k, e := parse("")
	fmt.Println(k, e)
}
`},
	)
}

// TestMultiValueParenthesises checks which values go in parentheses: a
// call, a receive or a composite literal among several values assigned,
// declared or (a receive) returned, and of single ones a receive alone, but
// in a select's case.
func TestMultiValueParenthesises(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"a, b = x, f()", "a, b = x, (/*line :13:12*/f())"},
		{"a, b = <-ch, 1", "a, b = (/*line :13:9*/<-ch)"},
		{"p, a = T{1}, 2", "p, a = (/*line :13:9*/T{1})"},
		{"var c, d = <-ch, 1; _, _ = c, d", "var c, d = (/*line :13:13*/<-ch)"},
		{"a = f()", "a = f()"},
		{"a, b = b, a", "a, b = b, a"},
		{"a, b = g()", "a, b = g()"},
		{"a = <-ch", "a = (/*line :13:6*/<-ch)/*line :13:10*/"},
		{"y := <-ch; y++", "y := (/*line :13:7*/<-ch)/*line :13:11*/"},
		{"var z = <-ch; z++", "var z = (/*line :13:10*/<-ch)/*line :13:14*/"},
		{"a, ok := <-ch; _ = ok", "a, ok := <-ch;"},
		{"select {\n\tcase a = <-ch:\n\tcase y := <-ch:\n\t\ty++\n\t}", "case y := <-ch:"},
	} {
		t.Run(tt.body, func(t *testing.T) {
			src := "package main\n\ntype T struct{ n int }\n\nfunc f() int { return 1 }\n\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\tvar a, b, x int\n\tvar p T\n\tch := make(chan int)\n\t" + tt.body + "\n\t_, _, _, _, _ = a, b, x, p, ch\n}\n"
			out := string(lift(t, "main.go", src))
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
	src := "package main\n\nfunc r(ch chan int) (int, int) { return <-ch, 1 }\n\nfunc s(ch chan int) int { return <-ch }\n\nfunc main() {}\n"
	out := string(lift(t, "main.go", src))
	if !strings.Contains(out, "return (/*line :3:41*/<-ch)") || !strings.Contains(out, "return (/*line :5:34*/<-ch)/*line :5:38*/ }") {
		t.Errorf("returns:\n%s", out)
	}
}

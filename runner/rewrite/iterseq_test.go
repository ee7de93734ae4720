package rewrite_test

import (
	"go/token"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("iterseq_printed", "iter-seq-printed"),
		program{"iterseq_printed_forms", `package main

import (
	"fmt"
	"iter"
	"log"
	"strings"
)

// Pipeline holds a sequence in a field.
type Pipeline struct {
	Name string
	Src  iter.Seq[string]
}

type Point struct{ X, Y int }

func words(s string) iter.Seq[string] {
	fmt.Println("words called")
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func main() {
	ws := words("a b c")
	fmt.Printf("%T %T\n", ws, words("x"))
	p := Pipeline{"p", nil}
	fmt.Printf("%+v %#v %T\n", p, p, p.Src)
	var none iter.Seq2[int, error]
	fmt.Printf("%v|%#v|%T|%s|%d\n", none, none, none, none, none)
	fmt.Println(none, fmt.Sprint(none))
	fmt.Println(fmt.Sprintf("%T/%T", []iter.Seq[int]{nil}, map[string]iter.Seq[bool]{}))
	var pairs iter.Seq2[Point, []byte]
	fmt.Printf("%#v %T\n", []iter.Seq[*Point]{nil}, pairs)
	var b strings.Builder
	l := log.New(&b, "", 0)
	l.Printf("%T", ws)
	fmt.Print(b.String())
	for w := range ws {
		fmt.Print(w)
	}
	fmt.Println()
}
`},
		program{"iterseq_forms", `package main

import (
	"fmt"
	"iter"
	"strings"
)

type Deck struct{ cards []string }

func (d *Deck) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, c := range d.cards {
			if !yield(i, c) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Nested() iter.Seq[iter.Seq[int]] {
	return func(yield func(iter.Seq[int]) bool) { yield(Count(2)) }
}

func main() {
	d := &Deck{cards: []string{"a", "b"}}
	for i, c := range d.All() {
		fmt.Print(i, c, " ")
	}
	for s := range Map(Count(3), func(i int) string { return strings.Repeat("*", i) }) {
		fmt.Print(s, "|")
	}
	for inner := range Nested() {
		for v := range inner {
			fmt.Print(v)
		}
	}
	var seq iter.Seq[int] = Count(5)
	for v := range seq {
		if v == 2 {
			break
		}
		fmt.Print(" ", v)
	}
	fmt.Println()
}
`},
		program{"iterseq_conversion", `package main

import (
	"fmt"
	"iter"
)

func main() {
	ch := []int{4, 5}
	seq := func(yield func(int) bool) {
		for _, v := range ch {
			if !yield(v) {
				return
			}
		}
	}
	for v := range iter.Seq[int](seq) {
		fmt.Print(v, " ")
	}
	pairs := iter.Seq2[int, string](func(yield func(int, string) bool) { yield(1, "one") })
	for k, v := range (iter.Seq2[int, string])(pairs) {
		fmt.Print(k, v, " ")
	}
	next, stop := iter.Pull(iter.Seq[int](seq))
	defer stop()
	fmt.Println(next())
}
`},
		program{"iterseq_blank_import", `package main

import (
	"fmt"
	_ "iter"
)

func main() { fmt.Println("no sequence") }
`},
		program{"iterseq_single_import", `package main

import "iter"

func one() iter.Seq[string] { return func(yield func(string) bool) { yield("one") } }

func main() {
	for s := range one() {
		println(s)
	}
}
`},
	)
}

// TestIterSeqRefuses lists uses of iter that the pass cannot write out.
func TestIterSeqRefuses(t *testing.T) {
	decl := "func count() iter.Seq[int] { return func(yield func(int) bool) {} }\n\n"
	tests := []struct{ name, body, want string }{
		{"iter.Pull kept as a value", decl + "func main() {\n\tpull := iter.Pull[int]\n\tnext, stop := pull(count())\n\tdefer stop()\n\tfmt.Println(next())\n}", "main.go:13:10: iter.Pull is written out for each call of it"},
		{"%T of a sequence in a format not known here", decl + "func main() {\n\tf := \"%T\\n\"\n\tfmt.Printf(f, count())\n}", "main.go:14:16: count() holds an iter.Seq or iter.Seq2, which socklab prints as Go does only with a format written as a string literal"},
		{"a sequence among the elements of a []any printed", decl + "func main() { fmt.Println([]any{count()}...) }", "main.go:12:33: count() is an iter.Seq[int]"},
		{"a sequence stored as any", decl + "func main() {\n\tvar v any = count()\n\t_ = v\n}", "main.go:13:14: count() is an iter.Seq[int]"},
	}
	tests = append(tests, struct{ name, body, want string }{"a dot import", "func main() { var _ Seq[int] }", "main.go:5:2: a dot import of iter"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			imp := "\"iter\""
			if tt.name == "a dot import" {
				imp = ". \"iter\""
			}
			src := "package main\n\nimport (\n\t\"fmt\"\n\t" + imp + "\n)\n\nvar _ = fmt.Sprint\n\n" + tt.body + "\n"
			refuses(t, src, tt.want)
		})
	}
}

// TestIterSeqKeepsColumns checks that the code after a written-out
// sequence type keeps its column, as the interpreter's reports name it.
func TestIterSeqKeepsColumns(t *testing.T) {
	src := "package main\n\nimport \"iter\"\n\nfunc pick(s []int, i int) iter.Seq[int] { v := s[i]; return func(yield func(int) bool) { yield(v) } }\n\nfunc main() { pick([]int{1}, 0)(func(int) bool { return true }) }\n"
	out := lift(t, "main.go", src)
	var got token.Position
	if ix := indexes(t, out); len(ix) > 0 {
		got = ix[0]
	}
	if want := strings.Index(src, "s[i]") - strings.Index(src, "func pick") + 1; got.Line != 5 || got.Column != want {
		t.Errorf("s[i] is at %d:%d in the rewritten source, want 5:%d\n%s", got.Line, got.Column, want, out)
	}
}

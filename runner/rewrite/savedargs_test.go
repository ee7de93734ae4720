package rewrite_test

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("savedargs_value_through_pointer", "defer-value-receiver-pointer"),
		fromCorpus("savedargs_aliased", "defer-args-aliased"),
		program{"savedargs_embedded_receiver", `package main

import (
	"fmt"
	"sync"
)

// Counter embeds sync.WaitGroup and sync.Mutex: the deferred c.Done() is
// c.WaitGroup.Done() once another pass spells the embedded field out.
type Counter struct {
	sync.Mutex
	sync.WaitGroup
	n int
}

func main() {
	var c Counter
	for i := 0; i < 5; i++ {
		c.Add(1)
		go func() {
			defer c.Done()
			c.Lock()
			c.n += i
			c.Unlock()
		}()
	}
	c.Wait()
	fmt.Println(c.n)
}
`},
		program{"savedargs_loop", `package main

import (
	"fmt"
	"strconv"
)

type T struct{ n int }

func (t T) Show(s string)   { fmt.Println("show", t.n, s) }
func (t *T) Bump(s string)  { fmt.Println("bump", t.n, s) }
func pair(a, b int)         { fmt.Println("pair", a, b) }
func many(tag string, v ...int) { fmt.Println(tag, v) }

func main() {
	defer fmt.Println("last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i, strconv.Itoa(i*i))
		defer pair(i+1, i*2)
		defer many("many", i, i+10)
	}
	t := T{1}
	u := &T{10}
	for i := range 2 {
		defer t.Show(fmt.Sprint("value ", i))
		defer u.Bump("pointer")
		var c T
		c.n = 100 + i
		defer c.Bump("address")
		t.n++
		u = &T{20 + i}
	}
}
`},
		fromCorpus("savedcaptures", "defer-closures"),
		program{"savedargs_literal_variable", `package main

import "fmt"

type W struct{ name string }

func (w *W) Stop(then func()) { fmt.Println("stop", w.name); then() }

func main() {
	for _, w := range []*W{{"a"}, {"b"}} {
		then := func() { fmt.Println("then", w.name) }
		defer w.Stop(then)
	}
}
`},
		program{"savedargs_after", `package main

import (
	"errors"
	"fmt"
)

func report(err error, n int, s []int, m map[string]int) { fmt.Println(err, n, s, m) }

func main() {
	err := errors.New("first")
	n := 1
	s := []int{1}
	m := map[string]int{"a": 1}
	arr := [2]int{1, 2}
	defer report(err, n, s, m)
	defer fmt.Println(arr, n*2, len(s))
	err = errors.New("second")
	n = 2
	s = append(s, 2)
	m["b"] = 2
	arr[0] = 9
	x := 0
	defer func() { fmt.Println("closure sees", x) }()
	x = 5
}
`},
		program{"savedargs_places_through_pointers", `package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type node struct {
	kids []*node
	name string
	fn   func() string
	err  error
	any  any
}

type Box[K comparable] struct{ v K }

func hold[K comparable](b *Box[K], set K) {
	defer fmt.Printf("generic %v %v\n", b.v, *b)
	b.v = set
}

func show(v int, s string) { fmt.Println(s, v) }

func main() {
	func() {
		x := 1
		p := &x
		defer show(*p, "star")
		defer show((*p), "paren")
		t := &T{1}
		defer show(t.n, "field")
		defer fmt.Println("println", t.n, *t, *p)
		a := &[2]int{1, 2}
		defer show(a[0], "array")
		s := []int{1}
		defer show(s[0], "slice")
		type local struct{ a, b int }
		l := &local{1, 2}
		defer fmt.Println("local", *l, l.a)
		q := p
		*q = 2
		t.Inc()
		a[0] = 9
		s2 := s
		s2[0] = 7
		l.a = 5
		x = 42
	}()
	n := &node{name: "root", kids: []*node{{name: "k"}}, fn: func() string { return "f1" }, err: errors.New("e1"), any: 1}
	func() {
		defer fmt.Println("node", n.kids[0].name, n.name, n.fn(), n.err, error(n.err), n.any)
		defer func(f func() string, e error) { fmt.Println("fn", f(), e) }(n.fn, n.err)
		n.kids[0].name = "K"
		n.name = "ROOT"
		n.fn = func() string { return "f2" }
		n.err = errors.New("e2")
		n.any = 2
	}()
	hold(&Box[string]{"a"}, "b")
	hold(&Box[[2]int]{[2]int{1}}, [2]int{2})
	defer func() { fmt.Println("recovered", recover() != nil) }()
	var p *int
	defer fmt.Println("never", *p)
	fmt.Println("not reached")
}
`},
	)
}

func TestSavedArgsCopiesPlaces(t *testing.T) {
	liftHolds(t, `package main

import "fmt"

type C struct{ err error }

func main() {
	x := 1
	p := &x
	c := &C{}
	defer fmt.Println(*p, c.err)
	defer fmt.Println(x + 1)
	x = 2
}
`, []string{"int(/*line :11:20*/*p)/*line :11:22*/", "func(_v", ") error { return _v"}, []string{"int(/*line :12:20*/x"})
}

// TestSavedArgsRefuses lists deferred calls whose arguments the pass
// cannot save without moving a panic to another line.
func TestSavedArgsRefuses(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"an index in a loop", "func main() {\n\ts := []int{1}\n\tfor i := 0; i < 2; i++ {\n\t\tdefer fmt.Println(s[i])\n\t}\n}", "main.go:10:21: the interpreter evaluates the arguments of a deferred call when the function returns, not at the defer statement, and s[i] could fail there"},
		{"a division by a variable that changes", "func main() {\n\tn := 1\n\tdefer fmt.Println(10 / n)\n\tn = 0\n}", "main.go:9:20: "},
		{"a pointer receiver of a value method", "type T struct{ n int }\n\nfunc (t T) M() {}\n\nfunc main() {\n\tp := &T{}\n\tdefer p.M()\n\tp = nil\n}", "p is a pointer whose value the call copies"},
		{"a value method through a parameter whose memory changes", "type T struct{ n int }\n\nfunc (t T) M() { fmt.Println(t.n) }\n\nfunc f(p *T) {\n\tdefer p.M()\n\tp.n = 5\n}", "main.go:12:8: the interpreter evaluates the arguments of a deferred call when the function returns, not at the defer statement, and p is a pointer whose value the call copies, and it may be nil"},
		{"a value method through a pointer declared nil", "type T struct{ n int }\n\nfunc (t T) M() { fmt.Println(t.n) }\n\nfunc main() {\n\tvar p *T\n\tp = &T{}\n\tdefer p.M()\n\tp.n++\n}", "p is a pointer whose value the call copies, and it may be nil"},
		{"a value method through a pointer whose address is taken", "type T struct{ n int }\n\nfunc (t T) M() { fmt.Println(t.n) }\n\nfunc clear(pp **T) { *pp = nil }\n\nfunc main() {\n\tp := &T{}\n\tdefer p.M()\n\tclear(&p)\n}", "p is a pointer whose value the call copies, and it may be nil"},
		{"a value method of a field through a pointer", "type T struct{ n int }\n\nfunc (t T) M() { fmt.Println(t.n) }\n\ntype H struct{ t T }\n\nfunc (h *H) bump() { h.t.n++ }\n\nfunc f(h *H) {\n\tdefer h.t.M()\n\th.bump()\n}", "main.go:16:8: the interpreter evaluates the arguments of a deferred call when the function returns, not at the defer statement, and h.t could fail there"},
		{"a literal of a loop's variable to a saved receiver", "type W struct{ name string }\n\nfunc (w *W) Stop(then func()) { then() }\n\nfunc main() {\n\tfor _, w := range []*W{{\"a\"}, {\"b\"}} {\n\t\tdefer w.Stop(func() { fmt.Println(w.name) })\n\t}\n}", "main.go:13:16: the interpreter evaluates the arguments of a deferred call when the function returns, not at the defer statement, and the function literal reads w, which each iteration of the loop declares anew"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\n" + tt.body + "\n"
			refuses(t, src, tt.want)
		})
	}
}

// TestSavedArgsCommentEdited: the deferred call that the pass puts in a
// comment keeps the edits later passes make inside it there (the embedded
// field a promoted method's receiver goes through, with its line
// directive), where the directive's "*/" ended the comment and the file no
// longer parsed.
func TestSavedArgsCommentEdited(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a promoted method of an embedded field", "type C struct {\n\tsync.WaitGroup\n\tn int\n}\n\nfunc main() {\n\tvar c C\n\tgo func() {\n\t\tdefer c.Done()\n\t\tc.n++\n\t}()\n}", "/* c.WaitGroup/*line :18:10* /.Done() */"},
		{"an argument that changes", "func main() {\n\tn := 1\n\tdefer fmt.Println(n)\n\tn = 2\n}", "/* n */"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar _, _ = fmt.Sprint, sync.NewCond\n\n" + tt.body + "\n"
			out := lift(t, "main.go", src)
			if _, err := parser.ParseFile(token.NewFileSet(), "main.go", out, 0); err != nil {
				t.Errorf("the rewritten file does not parse: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}

// TestSavedArgsValueMethodsKept: a value method deferred through a
// pointer whose memory the function does not write after the defer, and
// a pointer method whose receiver's memory it writes, are left as they
// are.
func TestSavedArgsValueMethodsKept(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\nfunc (t T) M()   { fmt.Println(t.n) }\nfunc (t *T) P() { fmt.Println(t.n) }\n\n"
	for _, body := range []string{
		"func main() {\n\tp := &T{}\n\tp.n = 5\n\tdefer p.M()\n\tfmt.Println(1)\n}\n",
		"func main() {\n\tp := &T{}\n\tdefer p.P()\n\tp.n = 5\n}\n",
	} {
		if _, err := apply(t, head+body); err != nil {
			t.Errorf("refused %q: %v", body, err)
		}
	}
}

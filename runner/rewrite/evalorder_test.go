package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("evalorder_grown_slice", "assign-order-grown-slice"),
		fromCorpus("evalorder_recovered", "assign-order-recovered"),
		fromCorpus("evalorder_op_assign_recovered", "assign-order-op-assign-recovered"),
		program{"evalorder_types_unnamed", `package main

import "fmt"

func Map[T, U any](in []T, fn func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = fn(v)
	}
	return out
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(f func() T) { b.v = f() }

func main() {
	type pair struct{ a, b string }
	pairs := make([]pair, 1)
	pairs[0] = func() pair { return pair{"x", "y"} }()
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }), pairs)
	b := &Box[int]{}
	b.Set(func() int { return 4 })
	fmt.Println(b.v)
}
`},
		program{"evalorder_select_receive", `package main

import "fmt"

type conn struct{ last string }

func main() {
	lines := make(chan string, 4)
	for _, l := range []string{"hello", "again", "bye", "late"} {
		lines <- l
	}
	var (
		line string
		ok   bool
		c    = &conn{}
		got  = make([]string, 2)
		n    = 1
	)
	for i := 0; i < 3; i++ {
		select {
		case line = <-lines:
		}
		fmt.Println(line)
	}
	close(lines)
	select {
	case c.last, ok = <-lines:
		fmt.Printf("%q %v\n", c.last, ok)
	}
	func() {
		defer func() { fmt.Println("panicked:", recover() != nil) }()
		select {
		case got[n*5], _ = <-lines:
		}
	}()
}
`},
		program{"evalorder_forms", `package main

import (
	"errors"
	"fmt"
)

type node struct {
	n    int
	next *node
	arr  [2]int
}

type Celsius float64

var (
	s    = make([]int, 2)
	grid = [][]int{{0, 0}, {0, 0}}
	m    = map[string]int{}
	p    *node
	keys []string
	log  []string
)

func f(tag string, v int) int { log = append(log, tag); return v }

func two() (int, error) { log = append(log, "two"); return 7, errors.New("e") }

// done prints what ran before an assignment panicked, deferred by the
// function of the assignment (the interpreter alone, without socklab's
// marks, says what panicked in words of its own).
func done(name string) {
	fmt.Printf("%s: ran %v, panicked %v\n", name, log, recover() != nil)
	log = nil
}

func main() {
	i, j := 5, 0
	func() { defer done("slice"); s[i] = f("f", 1) }()
	func() { defer done("op-assign"); s[i] += f("f", 1) }()
	func() { defer done("array"); var a [2]int; a[i] = f("f", 1) }()
	func() { defer done("field of an array"); var x node; x.arr[i] = f("f", 1) }()
	func() { defer done("nil pointer"); var q *int; *q = f("f", 1) }()
	func() { defer done("field through nil"); p.n = f("f", 1) }()
	func() { defer done("field two deep"); x := &node{}; x.next.n = f("f", 1) }()
	func() { defer done("tuple"); s[j], s[i] = f("f", 1), f("g", 2) }()
	func() { defer done("tuple of a call"); var err error; s[i], err = two(); _ = err }()
	func() { defer done("blank"); s[i], _ = two() }()
	func() { defer done("call in the index"); s[f("g", i)] = f("f", 1) }()
	func() { defer done("call for the operand"); func() []int { log = append(log, "h"); return s }()[i] = f("f", 1) }()
	func() { defer done("index in the index"); s[s[i]] = f("f", 1) }()
	func() { defer done("map key indexed"); m[keys[i]] = f("f", 1) }()
	func() { defer done("map op-assign");
		m["a"] = 1
		old := m
		m["a"] += func() int { m = map[string]int{"a": 10}; return 7 }()
		fmt.Println(old, m)
	}()
	func() { defer done("grid"); grid[1][i] = f("f", 1) }()
	func() { defer done("named basic"); c := make([]Celsius, 1); c[i] = Celsius(f("f", 1)) * 2 }()
	func() { defer done("comparison"); b := make([]bool, 1); b[i] = f("f", 1) > 0 }()
	func() { defer done("labelled");
	again:
		s[i] = f("f", 1)
		goto again
	}()
	func() { defer done("receive");
		ch := make(chan int, 1)
		ch <- 3
		defer func() { log = append(log, fmt.Sprint("left ", len(ch))) }()
		s[i] = <-ch
	}()
	func() { defer done("assertion");
		var v any = "x"
		defer func() { log = append(log, fmt.Sprint("recovered ", recover() != nil)) }()
		s[i] = v.(int)
	}()
	func() { defer done("index on the right"); t := []int{}; s[i] = t[j] }()
	func() { defer done("fine"); s[j], s[1] = f("f", 4), f("g", 5); fmt.Println(s) }()
}
`},
	)
}

// TestEvalOrderRewrites checks which assignments the pass rewrites: only
// those whose left side finds its target with more than variables and
// whose right side calls, receives or asserts, or can panic where the
// interpreter's finding the left side can panic first (and a
// pointed-to variable that an operator's assignment reads, or that a
// map's element is given).
func TestEvalOrderRewrites(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		lifted     bool
	}{
		{"a call into an element", "s[i] = f()", true},
		{"a call through an operator", "s[i] += f()", true},
		{"a receive", "s[i] = <-ch", true},
		{"an assertion", "s[i] = v.(int)", true},
		{"a call through a pointer", "*q = f()", true},
		{"a call into a field through a pointer", "x.n = f()", true},
		{"a call for a map of variables", "m[k] = f()", false},
		{"a call for a map through an operator", "m[k] += f()", true},
		{"a call for a map with an index as key", "m[ks[i]] = f()", true},
		{"a call into a variable", "n = f()", false},
		{"a call into a field of a variable", "y.n = f()", false},
		{"a call into an array at a constant", "a[1] = f()", false},
		{"an element copied", "s[i] = s[i+1]", true},
		{"an element copied from an array", "s[i] = a[k]", true},
		{"an element of an array at a constant", "s[i] = a[1]", false},
		{"an element into an array at a constant", "a[1] = s[i]", false},
		{"an element into a map of variables", "m[k] = s[i]", false},
		{"an element into a map with an index as key", "m[ks[i]] = s[k]", true},
		{"an element through an operator", "s[i] += s[k]", false},
		{"an element to a pointed-to variable", "*q = s[i]", false},
		{"an element to a field through a pointer", "x.n = s[i]", true},
		{"an element to a field of a variable", "y.n = s[i]", false},
		{"a pointed-to variable through an operator", "*q += s[i]", true},
		{"a pointed-to variable through an operator, nothing failing", "*q += n", false},
		{"a pointed-to variable into a map", "m[k] = *q", true},
		{"a pointed-to variable into an element", "s[i] = *q", true},
		{"an integer division", "s[i] = n / k", true},
		{"a division by a constant", "s[i] = n / 2", false},
		{"a float division", "fs[i] = f1 / f2", false},
		{"a shift by a signed count", "s[i] = n << k", true},
		{"a shift by an unsigned count", "s[i] = n << u", false},
		{"a slice", "s[i] = len(s[k:])", true},
		{"the length of an array conversion", "s[i] = len([2]int(s))", false},
		{"append", "s = append(s, f())", false},
		{"a conversion", "s[i] = int(n)", false},
		{"a comma-ok assertion", "s[i], ok = v.(int)", false},
		{"the builtins that change nothing", "s[i] = len(s) + cap(s) + max(n, 1)", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\ntype node struct{ n int }\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tvar (\n\t\ts, ks []int\n\t\ta [2]int\n\t\tm map[int]int\n\t\tch chan int\n\t\tv any\n\t\tq *int\n\t\tx *node\n\t\ty node\n\t\ti, k, n int\n\t\tok bool; u uint; fs []float64; f1, f2 float64\n\t)\n\t" + tt.body + "\n\t_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = s, ks, a, m, ch, v, q, x, y, i, k, n, ok, u, fs, f1, f2\n}\n"
			out := string(lift(t, "main.go", src))
			line := strings.Split(out, "\n")[19]
			if got := strings.Contains(line, "_v"); got != tt.lifted { // a value of the pass's
				t.Errorf("rewritten: %v, want %v:\n%s", got, tt.lifted, line)
			}
		})
	}
}

// TestEvalOrderMapKeys checks what of a map's key the pass evaluates
// before the right side, as gc does: a key that mapassign takes by value,
// or one with an address, after it but for its calls; any other whole.
func TestEvalOrderMapKeys(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"mi[-n] = f()", "{ var _v2 int = /*line :13:11*/f(); /*line :13:2*/mi[-n] = _v2 }"},
		{"mi[ks[g()]] = f()", "{ _o3 := /*line :13:8*/g(); var _v2 int = /*line :13:16*/f(); /*line :13:2*/mi[ks[/*line :13:8*/_o3/*line :13:11*/]] = _v2 }"},
		{"mi[n] = f()", "mi[n] = f()"},
		{"mb[str[0]] = f()", "{ _o3 := /*line :13:5*/str[0]; var _v2 int = /*line :13:15*/f(); /*line :13:2*/mb[/*line :13:5*/_o3/*line :13:11*/] = _v2 }"},
		{"mf[-fl] = f()", "{ _o3 := /*line :13:5*/-fl; var _v2 int = /*line :13:12*/f(); /*line :13:2*/mf[/*line :13:5*/_o3/*line :13:8*/] = _v2 }"},
		{"mf[fl] = f()", "mf[fl] = f()"},
		{"mp[who] = f()", "{ _o3 := /*line :13:5*/who; var _v2 int = /*line :13:12*/f(); /*line :13:2*/mp[/*line :13:5*/_o3/*line :13:8*/] = _v2 }"},
		{"ma[n] = f()", "{ _o3 := /*line :13:5*/n; var _v2 int = /*line :13:10*/f(); /*line :13:2*/ma[/*line :13:5*/_o3/*line :13:6*/] = _v2 }"},
		{"mo[n == 1] = f()", "{ _o3 := ok(/*line :13:5*/n == 1); var _v2 int = /*line :13:15*/f();"},
	} {
		t.Run(tt.body, func(t *testing.T) {
			src := "package main\n\ntype id struct{ N int }\n\ntype ok bool\n\nfunc f() int { return 1 }\n\nfunc g() int { return 0 }\n\nfunc main() {\n\tvar (mi map[int]int; mb map[byte]int; mf map[float64]int; mp map[id]int; ma map[any]int; mo map[ok]int; ks []int; str string; fl float64; who id; n int)\n\t" + tt.body + "\n\t_, _, _, _, _, _, _, _, _, _, _ = mi, mb, mf, mp, ma, mo, ks, str, fl, who, n\n}\n"
			out := string(lift(t, "main.go", src))
			if line := strings.Split(out, "\n")[12]; !strings.Contains(line, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, line)
			}
		})
	}
}

// TestEvalOrderKeepsColumns checks that each name of a rewritten
// assignment keeps the line and column it has in the source as written.
func TestEvalOrderKeepsColumns(t *testing.T) {
	src := "package main\n\nfunc f() int { return 1 }\n\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\ts, i := make([]int, 2), 1\n\tvar p *int = new(int)\n\ts[f()], *p = g(); s[i] += f() + i; s[i] = f(\n\t\ti,\n\t)\n\t_ = p\n}\n"
	src = strings.Replace(src, "func f() int", "func f(...int) int", 1)
	out := lift(t, "main.go", src)
	if !strings.Contains(string(out), "{ ") {
		t.Fatalf("not rewritten:\n%s", out)
	}
	names := func(src []byte) ([]string, error) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		var got []string
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "main" {
				var visit func(n ast.Node) bool
				visit = func(n ast.Node) bool {
					if vs, ok := n.(*ast.ValueSpec); ok && strings.HasPrefix(vs.Names[0].Name, "_") {
						for _, v := range vs.Values { // a temporary of the pass, its type written by it
							ast.Inspect(v, visit)
						}
						return false
					}
					if id, ok := n.(*ast.Ident); ok && !strings.HasPrefix(id.Name, "_") {
						got = append(got, id.Name+"@"+fset.Position(id.Pos()).String())
					}
					return true
				}
				ast.Inspect(fd.Body, visit)
			}
		}
		return got, nil
	}
	want, err := names([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got, err := names(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// The rewritten source names each of the script's names once, in the
	// order it evaluates them; compare them as sets.
	sort := func(s []string) string {
		c := append([]string(nil), s...)
		for i := range c {
			for j := i + 1; j < len(c); j++ {
				if c[j] < c[i] {
					c[i], c[j] = c[j], c[i]
				}
			}
		}
		return strings.Join(c, " ")
	}
	if sort(got) != sort(want) {
		t.Errorf("positions in the rewritten source:\n%v\nwant\n%v\n%s", got, want, out)
	}
}

// TestEvalOrderInitPost checks that an assignment where no statement can
// go before it, an if statement's init and a for statement's post, is
// written as a function literal called at once.
func TestEvalOrderInitPost(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"an if statement's init", "s := []int{0}\n\tif s[0] = f(); s[0] > 0 {\n\t}",
			"\tif func() { var _v1 int = /*line :7:12*/f(); /*line :7:5*/s[0] = _v1 }()/*line :7:15*/; s[0] > 0 {\n"},
		{"a for statement's post", "s := []int{0, 0}\n\tfor i := 0; i < 1; s[i] = f() {\n\t\ti++\n\t}",
			"; func() { var _v1 int = /*line :7:28*/f(); /*line :7:21*/s[i] = _v1 }()/*line :7:31*/ {"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\t"+tt.body+"\n}\n", []string{tt.want}, nil)
		})
	}
}

// TestEvalOrderRefuses lists assignments the pass cannot rewrite.
func TestEvalOrderRefuses(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"in an if statement's init, calling recover", "package main\n\nfunc main() {\n\ts := []any{0}\n\tif s[0] = recover(); s[0] != nil {\n\t}\n}\n",
			"main.go:5:5: the interpreter would find the left side of this assignment before it evaluates the right side, unlike Go, and socklab cannot evaluate the right side first here, as no statement can go before it and the right side calls recover"},
		{"an operator's pointed-to variable in an if statement's init", "package main\n\nfunc main() {\n\tvar p *int\n\tin := []int{1}\n\tj := 3\n\tif *p += in[j]; *p > 0 {\n\t}\n}\n",
			"main.go:7:5: the interpreter would evaluate the right side of this assignment before it reads *p, unlike Go, and socklab cannot read *p first here, as no statement can go before it: write the assignment on a line of its own"},
		{"a local type of a comparison, an untyped bool", "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ttype flag bool\n\tflags := make([]flag, 1)\n\tflags[0] = f() > 0 && f() < 2\n}\n",
			"main.go:8:2: the interpreter would find the left side of this assignment before it evaluates the right side, unlike Go, and socklab cannot evaluate the right side first here, as its type cannot be named in this file"},
		{"a local type of an untyped shift", "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ttype mask int64\n\tms := make([]mask, 1)\n\tn := 3\n\tms[0] = (1 << n) + 2\n\t_ = f\n}\n",
			"main.go:9:2: the interpreter would find the left side of this assignment before it evaluates the right side"},
		{"a local type the value does not have itself", "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ttype flag bool\n\tflags := make([]flag, 1)\n\tflags[0] = f() > 0\n}\n",
			"main.go:8:2: the interpreter would find the left side of this assignment before it evaluates the right side, unlike Go, and socklab cannot evaluate the right side first here, as its type cannot be named in this file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := apply(t, tt.src); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want a refusal containing %q", err, tt.want)
			}
		})
	}
}

// TestEvalOrderGenericMap checks that a map's element of a type
// parameter's type, in a generic function, whose key is a variable is
// left as written, read after the value as gc reads a string's or an
// int's (go/types has no size for a type parameter, and socklab stopped
// with its own stack trace), and its instance's copy too.
func TestEvalOrderGenericMap(t *testing.T) {
	src := "package main\n\nfunc put[K comparable, V any](m map[K]V, k K, v V, f func() V) {\n\tm[k] = v\n\tm[k] = f()\n\t_ = map[K]V{k: f()}\n}\n\nfunc main() { put(map[string]int{}, \"a\", 1, func() int { return 2 }) }\n"
	liftHolds(t, src, []string{"\tm[k] = v\n\tm[k] = f()\n\t_ = map[K]V{k: f()}\n", "func _put1(m map[string]int, k string, v int, f func() int) {\n\tm[k] = v\n\tm[k] = f()\n"}, nil)
}

// TestEvalOrderLines checks that values over several lines keep their
// lines: each declaration goes in place of the comma before its value.
func TestEvalOrderLines(t *testing.T) {
	src := "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ts := []int{0, 0}\n\ts[0], s[1] = f(), // first\n\t\tf()\n}\n"
	liftHolds(t, src, []string{"{ var _v1 int = /*line :7:15*/(/*line :7:15*/f())/*line :7:18*/; var _v2 int =  // first\n\t\t(/*line :8:3*//*line :8:3*/f())/*line :8:6*/; /*line :7:2*/s[0], /*line :7:8*/s[1] = _v1, _v2 }/*line :8:6*/\n"}, nil)
}

// TestEvalOrderInRange checks that an index that the loop around it keeps
// in range leaves the assignment as written, and that one the loop does
// not keep is lifted.
func TestEvalOrderInRange(t *testing.T) {
	for _, tt := range []struct {
		name, loop string
		lifted     bool
	}{
		{"range over the operand", "for i := range in {\n\t\tout[i] = in[i]\n\t}", false},
		{"range over the operand, with its values", "for i, v := range in {\n\t\tout[i] = in[i] + v\n\t}", false},
		{"counted up to its length", "for i := 0; i < len(in); i++ {\n\t\tout[i] = in[i]\n\t}", false},
		{"range over a string", "for i := range str {\n\t\tout[i] = int(str[i])\n\t}", false},
		{"range over the left side's operand", "for i := range out {\n\t\tout[i] = in[i]\n\t}", false},
		{"range over another slice", "for i := range out {\n\t\tout[k] = in[i]\n\t}", true},
		{"the operand shortened in the loop", "for i := range in {\n\t\tout[i] = in[i]\n\t\tin = in[:1]\n\t}", true},
		{"the index changed in the loop", "for i := range in {\n\t\ti++\n\t\tout[i] = in[i]\n\t}", true},
		{"counted from a negative constant", "for i := -1; i < len(in); i++ {\n\t\tout[i] = in[i]\n\t}", true},
		{"counted with another bound", "for i := 0; i <= len(in); i++ {\n\t\tout[i] = in[i]\n\t}", true},
		{"counted, the index stepped in the loop", "for i := 0; i < len(in); i++ {\n\t\tout[i] = in[i]\n\t\ti++\n\t}", true},
		{"a loop of a flag", "for done := false; !done; done = true {\n\t\tout[k] = in[k]\n\t}", true},
		{"in a function literal of the loop", "for i := range in {\n\t\tdefer func() { out[i] = in[i] }()\n\t}", true},
		{"the operand assigned in a function literal", "for i := range in {\n\t\tout[i] = in[i]\n\t}\n\tfunc() { in = nil }()", true},
		{"the operand's address taken", "for i := range in {\n\t\tout[i] = in[i]\n\t}\n\t_ = &in", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc main() {\n\tin, out, k, str := []int{1, 2}, make([]int, 2), 0, \"ab\"\n\t" + tt.loop + "\n\t_, _, _, _ = in, out, k, str\n}\n"
			out := string(lift(t, "main.go", src))
			if got := strings.Contains(out, "= _v"); got != tt.lifted {
				t.Errorf("lifted: %v, want %v:\n%s", got, tt.lifted, out)
			}
		})
	}
}

// TestEvalOrderHoists checks the form of an assignment of one value whose
// two sides can both panic: the value goes to a variable declared at the
// top of the function, one for each type, each name keeping its column;
// a pointed-to variable that an operator assigns to is read first into
// one; a type declared in the function, which cannot be written there,
// goes to a variable of a block.
func TestEvalOrderHoists(t *testing.T) {
	src := "package main\n\ntype rec struct{ f []string }\n\nfunc main() {\n\tin, out, i, j := []int{1}, []int{2}, 0, 0\n\tvar p *rec\n\tvar n *int\n\tout[i] = in[j]\n\tp.f[i] = p.f[j]\n\tout[j] = in[i]\n\t*n -= in[j]\n\ttype pt struct{ x int }\n\tpts, all := make([]pt, 1), []pt{{1}}\n\tpts[i] = all[j]\n\tfunc() { out[i] = in[j] }()\n}\n"
	liftHolds(t, src, []string{
		"func main() {var _v2 int; /*line :5:14*/var _v4 string; /*line :5:14*/\n",
		"\t_v2 = /*line :9:11*/in[j]; /*line :9:2*/out[i] = _v2/*line :9:16*/\n",
		"\t_v4 = /*line :10:11*/p.f[j]; /*line :10:2*/p.f[i] = _v4/*line :10:17*/\n",
		"\t_v2 = /*line :11:11*/in[i]; /*line :11:2*/out[j] = _v2/*line :11:16*/\n",
		"\t_v2 = /*line :12:2*/*n; /*line :12:2*/*n -= in[j]\n",
		"\t{ _v6 := /*line :15:11*/all[j]; /*line :15:2*/pts[i] = _v6 }/*line :15:17*/\n",
		"\tfunc() {var _v8 int; /*line :16:10*/ _v8 = /*line :16:20*/in[j]; /*line :16:11*/out[i] = _v8/*line :16:25*/ }()\n",
	}, nil)
}

// TestEvalOrderIndexPartsFirst checks that the parts of an element's
// index that gc evaluates before the value (a division, a sum) are held
// before it, and a plain index found after it.
func TestEvalOrderIndexPartsFirst(t *testing.T) {
	src := "package main\n\nfunc main() {\n\tin, out, t := []int{1}, []int{2}, []int{0}\n\ti, j, k := 0, 1, 0\n\tout[i/j] = in[k]\n\tout[t[k]+1] = in[j]\n\tout[t[k]] = in[j]\n}\n"
	liftHolds(t, src, []string{
		"\t_o3 := /*line :6:6*/i/j; _v2 = /*line :6:13*/in[k]; /*line :6:2*/out[/*line :6:6*/_o3/*line :6:9*/] = _v2/*line :6:18*/\n",
		"\t_o5 := /*line :7:6*/t[k]+1; _v2 = /*line :7:16*/in[j]; /*line :7:2*/out[/*line :7:6*/_o5/*line :7:12*/] = _v2/*line :7:21*/\n",
		"\t_v2 = /*line :8:14*/in[j]; /*line :8:2*/out[t[k]] = _v2/*line :8:19*/\n",
	}, nil)
}

// TestEvalOrderTuples checks which assignments of several values that
// call nothing the pass writes in gc's order: those where gc and the
// interpreter meet what can panic in another order.
func TestEvalOrderTuples(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       string // the rewritten statement, or "" where it stays
	}{
		{"values read from memory after an element", "out[0], out[1] = in[j], in[i]",
			"{ var _v1 int = /*line :11:26*/in[i]; var _v2 int = /*line :11:19*/in[j]; /*line :11:2*/out[0] = _v2; /*line :11:10*/out[1] = _v1; }/*line :11:31*/"},
		{"an element found after its value", "out[i], out[0] = in[j], 1",
			"{ var _v1 int = /*line :11:19*/in[j]; /*line :11:2*/out[i] = _v1; var _v2 int = /*line :11:26*/1; /*line :11:10*/out[0] = _v2; }/*line :11:27*/"},
		{"a nil map before its value", "m[k], x = in[j], 0",
			"{ if /*line :11:2*/m == nil { /*line :11:2*/m[k] = m[k] }; var _v1 int = /*line :11:12*/in[j]; /*line :11:2*/m[k] = _v1; var _v2 int = /*line :11:19*/0; /*line :11:8*/x = _v2; }/*line :11:20*/"},
		{"a pointed-to variable after its value", "*p, out[0] = in[j], 1", "{ var _v1 int = /*line :11:15*/in[j]; /*line :11:2*/*p = _v1;"},
		{"a named result of a function that defers", "a, b = in[i], in[j]", "{ var _v1 int = /*line :11:16*/in[j]; var _v2 int = /*line :11:9*/in[i]; /*line :11:2*/a = _v2; /*line :11:5*/b = _v1; }"},
		{"variables", "x, y = in[j], in[i]", ""},
		{"a swap", "in[i], in[j] = in[j], in[i]", ""},
		{"a swap of fields through a pointer", "n.l, n.r = n.r, n.l", ""},
		{"constants into elements", "out[i], out[j] = 1, 2", ""},
		{"an operand the statement assigns, one part failing", "i, out[i] = 1, 2", ""},
		{"an operand the statement assigns, held first", "i, out[i] = 1, in[j]",
			"{ var _o1 int = /*line :11:9*/i; var _v2 int = /*line :11:14*/1; /*line :11:2*/i = _v2; var _v3 int = /*line :11:17*/in[j]; /*line :11:5*/out[/*line :11:9*/_o1/*line :11:10*/] = _v3; }/*line :11:22*/"},
		{"an index read from memory, after the value", "out[in[i]], x = in[j], 0",
			"{ var _v1 int = /*line :11:18*/in[j]; /*line :11:2*/out[in[i]] = _v1; var _v2 int = /*line :11:25*/0; /*line :11:14*/x = _v2; }/*line :11:26*/"},
		{"a division in an index, before the value", "out[i/j], x = in[j], 0",
			"{ var _o1 int = /*line :11:6*/i/j; var _v2 int = /*line :11:16*/in[j]; /*line :11:2*/out[/*line :11:6*/_o1/*line :11:9*/] = _v2; var _v3 int = /*line :11:23*/0; /*line :11:12*/x = _v3; }/*line :11:24*/"},
		{"a map's key that can panic, before the value", "m[k[i:]], x = in[j], 0",
			"{ var _o1 string = /*line :11:4*/k[i:]; if /*line :11:2*/m == nil { /*line :11:2*/m[/*line :11:4*/_o1/*line :11:9*/] = m[_o1] }; var _v2 int = /*line :11:16*/in[j]; /*line :11:2*/m[/*line :11:4*/_o1/*line :11:9*/] = _v2; "},
		{"an index read from memory after an element", "out[0], out[in[i]] = in[j], 0",
			"{ var _o1 int = /*line :11:14*/in[i]; var _v2 int = /*line :11:23*/in[j]; /*line :11:2*/out[0] = _v2; var _v3 int = /*line :11:30*/0; /*line :11:10*/out[/*line :11:14*/_o1/*line :11:19*/] = _v3; }"},
		{"a blank beside an element", "_, out[in[i]] = in[j], 0",
			"{ var _v1 int = /*line :11:18*/in[j]; /*line :11:2*/_ = _v1; var _v2 int = /*line :11:25*/0; /*line :11:5*/out[in[i]] = _v2; }"},
		{"a swap of a grid's elements", "grid[i][j], grid[j][i] = grid[j][i], grid[i][j]",
			"{ var _o1 []int = /*line :11:14*/grid[j]; var _v2 int = /*line :11:39*/grid[i][j]; var _v3 int = /*line :11:27*/grid[j][i]; /*line :11:2*/grid[i][j] = _v3; "},
		{"an index that cannot panic", "out[i+1], x = 1, 2", ""},
		{"fields through pointers, one check", "n.l.l, n.r = nil, n.l", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\ntype node struct{ l, r *node }\n\nfunc f() int { return 1 }\n\nfunc g(in, out []int, m map[string]int, p *int, i, j int, k string, n *node, grid [][]int) (a, b int) {\n\tdefer f()\n\tvar x, y int\n\t_, _ = x, y\n\t" + tt.body + "\n\treturn\n}\n\nfunc main() { g(nil, nil, nil, nil, 0, 0, \"\", nil, nil) }\n"
			line := strings.Split(string(lift(t, "main.go", src)), "\n")[10]
			if tt.want == "" {
				if strings.TrimSpace(line) != tt.body {
					t.Errorf("rewritten, want it as written:\n%s", line)
				}
				return
			}
			if !strings.Contains(line, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, line)
			}
		})
	}
}

// TestEvalOrderTupleLocalType checks that values of a type declared in
// the function, which cannot be written in the block, go to variables
// declared by the values alone.
func TestEvalOrderTupleLocalType(t *testing.T) {
	src := "package main\n\nfunc main() {\n\ttype pt struct{ x int }\n\tall, two := []pt{{1}}, make([]pt, 2)\n\ti, j := 0, 0\n\ttwo[0], two[1] = all[i], all[j]\n}\n"
	liftHolds(t, src, []string{"\t{ _v1 := /*line :7:27*/all[j]; _v2 := /*line :7:19*/all[i]; /*line :7:2*/two[0] = _v2; /*line :7:10*/two[1] = _v1; }/*line :7:33*/\n"}, nil)
}

// TestEvalOrderTupleKeyFirst checks that a map's key that the runtime
// takes by its address (a struct's) is read before all else of an
// assignment of several values, as gc's order copies it before the
// statement.
func TestEvalOrderTupleKeyFirst(t *testing.T) {
	src := "package main\n\ntype point struct{ x, y int }\n\nfunc main() {\n\tm, pts := map[point]int{}, []point{{1, 2}}\n\ts, in := make([]int, 2), []int{1, 2, 3}\n\tk, j := 5, 9\n\ts[j], m[pts[k]] = 0, in[j]\n}\n"
	liftHolds(t, src, []string{"\t{ var _o1 point = /*line :9:10*/pts[k]; var _v2 int = /*line :9:23*/in[j]; var _v3 int = /*line :9:20*/0; /*line :9:2*/s[j] = _v3; /*line :9:8*/m[/*line :9:10*/_o1/*line :9:16*/] = _v2; }/*line :9:28*/\n"}, nil)
}

// TestTupleOperandsAreNotRefused checks that an assignment of several
// values whose left side reads a variable an earlier left side assigns is
// run in gc's order, not refused, and that one whose parts cannot fail
// twice stays as written.
func TestTupleOperandsAreNotRefused(t *testing.T) {
	for _, src := range []string{
		// two parts can fail: held in gc's order
		"package main\n\nfunc main() {\n\ts, in := []int{1}, []int{2}\n\ti, j := 5, 4\n\ti, s[i] = 1, in[j]\n\t_ = i\n}\n",
		// one part alone can fail
		"package main\n\nfunc main() {\n\ts := []int{1}\n\ti := 0\n\ti, s[i] = 1, 2\n\t_ = i\n}\n",
		// a map's key: the interpreter's order is Go's (pass evaltuple)
		"package main\n\nfunc main() {\n\tm := map[string]int{}\n\tk := \"a\"\n\tk, m[k] = \"b\", 1\n\t_ = k\n}\n",
	} {
		if _, err := apply(t, src); err != nil {
			t.Errorf("refused %q: %v", src, err)
		}
	}
}

// TestEvalOrderTypeParamSum checks that an assignment of a sum of a type
// parameter's values, whose type no temporary can spell, goes through a
// temporary of the sum's own type, where it was refused.
func TestEvalOrderTypeParamSum(t *testing.T) {
	const src = "package main\n\ntype M[T int | float64] struct{ d []T }\n\nfunc (m M[T]) Add(o M[T]) {\n\tfor i := range m.d {\n\t\tm.d[i] = m.d[i] + o.d[i]\n\t}\n}\n\nfunc main() { M[int]{[]int{1}}.Add(M[int]{[]int{2}}) }\n"
	if _, err := apply(t, src); err != nil {
		t.Errorf("want no refusal, got %v", err)
	}
}

package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("evalcalls_index_past_end", "call-first-index-past-end"),
		fromCorpus("evalcalls_reads_after", "call-first-reads-after"),
		fromCorpus("evalcalls_statements", "call-first-statements"),
		fromCorpus("evalcalls_go_defer", "call-first-go-defer"),
		fromCorpus("evalcalls_select", "call-first-select"),
	)
}

// TestEvalCallsRewrites checks which statements the pass writes a call
// of first, into a variable: those where an operand before the call can
// panic, or reads what the call could change, and gc leaves it until
// after the call.
func TestEvalCallsRewrites(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		moved      bool
	}{
		{"an index before a call", "fmt.Println(s[i], f())", true},
		{"a call alone", "fmt.Println(f())", false},
		{"locals beside a call", "fmt.Println(n, n+1, f())", false},
		{"a package's variable in a sum before a call", "fmt.Println(x*2, f())", true},
		{"a package's variable read by the call", "fmt.Println(x, f())", false},
		{"a length before a call, made first by gc too", "fmt.Println(len(s), f())", false},
		{"a slice before a call, made first by gc too", "fmt.Println(s[1:], f())", false},
		{"an index after the call", "fmt.Println(f(), s[i])", false},
		{"an index in the call's arguments", "fmt.Println(g(s[i]))", false},
		{"an integer division before a call", "n = 1/k + f()", true},
		{"a float division before a call", "f1 = f1/f2 + float64(f())", false},
		{"a comparison copied to an interface, first in gc too", "fmt.Println(s[i] == 1, f())", false},
		{"a local array's element at a constant", "fmt.Println(a[1], f())", false},
		{"a receiver that the call reads", "y.get(f())", false},
		{"an element as the receiver", "ys[i].get(f())", true},
		{"a local variable's address", "fmt.Println(&n, f())", false},
		{"a declaration", "m := s[i] + f(); _ = m", true},
		{"an index before a receive", "fmt.Println(s[i], <-ch)", true},
		{"an index before && with a call", "fmt.Println(s[i], n > 0 && f() > 0)", true},
		{"a send", "ch <- s[i] + f()", true},
		{"a go statement's arguments", "go g(s[i] + f())", true},
		{"a deferred call's arguments", "defer fmt.Println(s[i], f())", true},
		{"a map's element before a call", "fmt.Println(mm[1], f())", true},
		{"a dereference before a call", "fmt.Println(*q, f())", true},
		{"a dereference before a length, which fail alike", "fmt.Println(*q == len(s))", false},
		{"a dereference in a sum before a capacity", "fmt.Println(*q+1 < cap(ys))", false},
		{"an index before a length", "fmt.Println(s[i] == len(s))", true},
		{"a dereference before the length of an element", "fmt.Println(*q == len(ys[i:]))", true},
		{"a dereference before a length and a call", "fmt.Println(*q, len(s), f())", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\ntype node struct{ n int }\n\nfunc (n node) get(int) int { return n.n }\n\nvar x int\n\nfunc f() int { return 1 }\n\nfunc g(int) int { return 2 }\n\nfunc main() {\n\tvar (\n\t\ts []int; a [2]int; mm map[int]int; ch chan int; q *int; y node; ys []node\n\t\ti, k, n int; f1, f2 float64\n\t)\n\t" + tt.body + "\n\tfmt.Print(s, a, mm, ch, q, y, ys, i, k, n, f1, f2)\n}\n"
			out := string(lift(t, "main.go", src))
			line := strings.Split(out, "\n")[19]
			if got := strings.Contains(line, "_v"); got != tt.moved { // a variable of the pass's
				t.Errorf("moved: %v, want %v:\n%s", got, tt.moved, line)
			}
		})
	}
}

// TestEvalCallsOrder checks the statements the pass writes: the calls
// first, inner ones before those around them, each into a variable, and
// the statement reading them where the calls were.
func TestEvalCallsOrder(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a call", "fmt.Println(s[i], f())",
			"_v1 = /*line :12:20*/f(); /*line :12:2*/fmt.Println(s[i], _v1/*line :12:23*/)"},
		{"a call in a call", "fmt.Println(s[i], g(f()))",
			"_v1 = /*line :12:20*/g(f()); /*line :12:2*/fmt.Println(s[i], _v1/*line :12:26*/)"},
		{"a call with an index of its own", "fmt.Println(s[i], g(s[k]+f()))",
			"_v1 = /*line :12:27*/f(); _v2 = /*line :12:20*/g(s[k]+_v1/*line :12:30*/); /*line :12:2*/fmt.Println(s[i], _v2/*line :12:31*/)"},
		{"a declaration of a variable", "m := s[i] + f(); n = m",
			"_v1 = /*line :12:14*/f(); /*line :12:2*/m := s[i] + _v1/*line :12:17*/"},
		{"a call over two lines, on one; its lines kept", "fmt.Println(s[i], g(\n\t\tf()))",
			"_v1 = /*line :12:20*/g( /*line :13:1*/\t\tf()); /*line :12:2*/fmt.Println(s[i], \n\t\t_v1/*line :13:7*/)"},
		{"a function literal over three lines", "fmt.Println(s[i], func() int {\n\t\treturn f()\n\t}())",
			"_v1 = /*line :12:20*/func() int { /*line :13:1*/\t\treturn f();/*line :14:1*/\t}(); /*line :12:2*/fmt.Println(s[i], \n\t\t/**/\n\t_v1/*line :14:5*/)"},
		{"a condition of an else's if", "if n > 0 {\n\t} else if s[i] > f() {\n\t}",
			"} else if _v1 := /*line :13:19*/f(); /*line :13:12*/s[i] > _v1/*line :13:22*/ {"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\nfunc f() int { return 1 }\n\nfunc g(v int) int { return v }\n\nfunc main() {\n\ts := []int{1}\n\ti, k, n := 0, 0, 0\n\t" + tt.body + "\n\tfmt.Print(s, i, k, n)\n}\n"
			out := string(lift(t, "main.go", src))
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}

// TestEvalCallsRefuses checks that a statement whose call cannot go
// before it is refused, naming the operand and the call.
func TestEvalCallsRefuses(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a for statement's condition", "for i := 0; s[i] < f(); i++ {\n\t}",
			"main.go:8:21: the interpreter would evaluate s[i] before f(), unlike Go, which makes a statement's calls first, and socklab cannot make f() first here, as a for statement's condition runs before each iteration: make it in a statement of its own before this one (v := f())"},
		{"a case's value", "switch {\n\tcase s[0] == f():\n\t}",
			"main.go:9:15: the interpreter would evaluate s[0] before f(), unlike Go, which makes a statement's calls first, and socklab cannot make f() first here, as a case's values are evaluated only as the switch reaches them"},
		{"an if statement with an init", "if n := 1; s[n] > f() {\n\t}",
			"main.go:8:20: the interpreter would evaluate s[n] before f(), unlike Go, which makes a statement's calls first, and socklab cannot make f() first here, as the statement has an init statement, which Go runs first"},
		{"a call over lines with a comment", "println(s[0], g(f() + // one\n\t\tf()))",
			"main.go:8:16: the interpreter would evaluate s[0] before g(f() + // one ..., unlike Go, which makes a statement's calls first, and socklab cannot make g(f() + // one ... first here, as it spans lines with a raw string or a comment: make it in a statement of its own before this one (v := g(f() + // one ...)"},
		{"a labelled range", "loop:\n\tfor range s[1:][0] + f() {\n\t\tbreak loop\n\t}",
			"main.go:9:23: the interpreter would evaluate s[1:][0] before f(), unlike Go, which makes a statement's calls first, and socklab cannot make f() first here, as its label must stay on the statement"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc f() int { return 1 }; func g(v int) int { return v }\n\nfunc main() {\n\ts := []int{1}\n\t_ = s\n\t" + tt.body + "\n}\n"
			if _, err := apply(t, src); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want a refusal containing %q", err, tt.want)
			}
		})
	}
}

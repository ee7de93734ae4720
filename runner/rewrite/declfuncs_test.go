package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("declfuncs", "func-declared-as-value"))
}

// TestDeclFuncsWhere checks which uses of a declared function the pass
// converts to the function's type, which it hands through a parameter
// (in a literal made before the function), which it leaves to the
// interpreter, and that the columns after them stay theirs.
func TestDeclFuncsWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "returned",
			body: "func pick() func(rune) rune { return shout }\n\nfunc main() { _ = strings.Map(pick(), \"a\") }",
			want: []string{"{ return (func(rune) rune)(shout)/*line :12:43*/ }"},
		},
		{
			name: "returned as a type of Go's library, with its parameters' names",
			body: "func h() http.HandlerFunc { return serve }\n\nfunc serve(w http.ResponseWriter, r *http.Request) {}\n\nfunc main() { h() }",
			want: []string{"return (func(http.ResponseWriter, *http.Request))(serve)/*line :12:41*/"},
		},
		{
			name: "in composite literals, a send and an append",
			body: "type step struct{ f func(rune) rune }\n\nfunc main() {\n\tm := map[string]func(rune) rune{\"s\": shout}\n\ts := step{f: shout}\n\tch := make(chan func(rune) rune, 1)\n\tch <- shout\n\tfs := append([]func(rune) rune{}, shout)\n\t_, _, _ = m, s, fs\n}",
			want: []string{
				`{"s": (func(rune) rune)(shout)/*line :15:44*/}`,
				"step{f: (func(rune) rune)(shout)/*line :16:20*/}",
				"ch <- (func(rune) rune)(shout)/*line :18:13*/",
				"append([]func(rune) rune{}, (func(rune) rune)(shout)/*line :19:41*/)",
			},
		},
		{
			name: "assigned, and in an interface",
			body: "func main() {\n\tg := shout\n\tvar h func(rune) rune\n\th = shout\n\tvar v any = shout\n\t_, _, _ = g, h, v\n}",
			want: []string{"g := (func(rune) rune)(shout)/*line :13:12*/", "h = (func(rune) rune)(shout)/*line :15:11*/", "var v any = (func(rune) rune)(shout)/*line :16:19*/"},
		},
		{
			name: "an instance of a generic function",
			body: "func twice[T int | float64](x T) T { return 2 * x }\n\nfunc pick() func(int) int { return twice[int] }\n\nfunc main() { pick() }",
			want: []string{"return (func(int) int)(_twice"},
		},
		{
			name: "called, an argument, or converted to a function type",
			body: "type op func(rune) rune\n\nfunc main() {\n\t_ = shout('a')\n\t_ = strings.Map(shout, \"a\")\n\t_ = op(shout)\n\tkeep(shout)\n\tdefer shout('b')\n}\n\nfunc keep(f func(rune) rune) {}",
			not:  []string{"(func(rune) rune)("},
		},
		{
			name: "Go's functions and methods",
			body: "type T struct{}\n\nfunc (T) m(r rune) rune { return r }\n\nfunc main() {\n\tf := strings.ToUpper\n\tg := T{}.m\n\t_, _ = f, g\n}",
			not:  []string{"(func(string) string)(", "(func(rune) rune)("},
		},
		{
			name: "in a literal made before the function",
			body: "func main() {\n\tfunc() {\n\t\tg := later\n\t\t_ = g\n\t}()\n}\n\nfunc later() {}",
			want: []string{"g := func(_fn1 func()) func() { return _fn1 }(/*line :14:8*/later)/*line :14:13*/"},
		},
		{
			name: "in a literal made after the function",
			body: "func main() {\n\tfunc() {\n\t\tg := shout\n\t\t_ = g\n\t}()\n}",
			want: []string{"g := (func(rune) rune)(shout)/*line :14:13*/"},
			not:  []string{"_fn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\nvar _, _ = http.StatusOK, strings.Map\n\nfunc shout(r rune) rune { return r - 32 }\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// BenchmarkDeclFuncs measures what converting a declared function used as
// a value (pass declfuncs) costs, in a program the interpreter runs as
// written too: each evaluation of the value (assigned in the loop) and
// each call through the variable (assigned once).
func BenchmarkDeclFuncs(b *testing.B) {
	for _, loop := range []struct{ name, body string }{
		{"evaluate", "var g func(int) int\n\tfor i := 0; i < n; i++ {\n\t\tg = inc\n\t}\n\t_ = g"},
		{"call", "g := inc\n\tfor i := 0; i < n; i++ {\n\t\tg(i)\n\t}"},
	} {
		src := "package main\n\nfunc inc(x int) int { return x + 1 }\n\nfunc Loop(n int) {\n\t" + loop.body + "\n}\n"
		lifted := string(applied(b, src))
		if !strings.Contains(lifted, "(func(int) int)(inc)") {
			b.Fatalf("inc is not converted:\n%s", lifted)
		}
		for _, v := range []struct{ name, src string }{{"as-written", src}, {"converted", lifted}} {
			b.Run(loop.name+"/"+v.name, func(b *testing.B) {
				fn, err := interpreter(b, v.src).Eval("main.Loop")
				if err != nil {
					b.Fatal(err)
				}
				run := fn.Interface().(func(int))
				b.ReportAllocs()
				b.ResetTimer()
				run(b.N)
			})
		}
	}
}

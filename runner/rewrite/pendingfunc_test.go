package rewrite_test

import (
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs, fromCorpus("pendingfunc", "func-declared-later"))
}

// TestPendingFuncWhere checks which function values go through a
// parameter, and that the columns after them stay theirs.
func TestPendingFuncWhere(t *testing.T) {
	const wrap = "func(_fn1 func(r rune) rune) func(r rune) rune { return _fn1 }("
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "declared later, in a literal",
			body: "func main() {\n\tf := func() { fmt.Println(strings.Map(shout, \"abc\")) }\n\tf()\n}\n\nfunc shout(r rune) rune { return r - 32 }",
			want: []string{"strings.Map(" + wrap + "/*line :13:40*/shout)/*line :13:45*/, \"abc\")"},
		},
		{
			name: "in parentheses",
			body: "func main() {\n\tfunc() { strings.Map((shout), \"abc\") }()\n}\n\nfunc shout(r rune) rune { return r - 32 }",
			want: []string{"(" + wrap + "/*line :13:24*/shout)/*line :13:29*/)"},
		},
		{
			name: "declared earlier",
			body: "func shout(r rune) rune { return r - 32 }\n\nfunc main() {\n\tfunc() { strings.Map(shout, \"abc\") }()\n}",
			not:  []string{"_fn"},
		},
		{
			name: "outside a literal",
			body: "func main() {\n\tstrings.Map(shout, \"abc\")\n}\n\nfunc shout(r rune) rune { return r - 32 }",
			not:  []string{"_fn"},
		},
		{
			name: "called",
			body: "func main() {\n\tfunc() {\n\t\t_ = string(shout('a'))\n\t}()\n}\n\nfunc shout(r rune) rune { return r - 32 }",
			not:  []string{"_fn"},
		},
		{
			name: "assigned to a variable of Go's library",
			body: "func main() {\n\tfunc() {\n\t\tvar h http.HandlerFunc\n\t\th = hello\n\t\t_ = h\n\t}()\n}\n\nfunc hello(w http.ResponseWriter, r *http.Request) {}",
			want: []string{"h = func(_fn1 func(w http.ResponseWriter, r *http.Request)) func(w http.ResponseWriter, r *http.Request) { return _fn1 }(/*line :15:7*/hello)/*line :15:12*/"},
		},
		{
			name: "the function around the literal",
			body: "func main() { walk() }\n\nfunc walk() {\n\tfunc() { once.Do(walk) }()\n}\n\nvar once sync.Once",
			want: []string{"once.Do(func(_fn1 func()) func() { return _fn1 }(/*line :15:19*/walk)/*line :15:23*/)"},
		},
		{
			name: "a literal of a variable declared before the function",
			body: "var f = func() { strings.Map(shout, \"x\") }\n\nfunc shout(r rune) rune { return r - 32 }\n\nfunc main() { f() }",
			want: []string{wrap + "/*line :12:30*/shout)/*line :12:35*/"},
		},
		{
			name: "generic instances, which pass generics copies",
			body: "func main() {\n\tfunc() { strings.Map(rot[rune], \"a\"); strings.Map(rot, \"b\") }()\n}\n\nfunc rot[T ~int32](r T) T { return r + 13 }",
			want: []string{"{ return _fn1 }(/*line :13:23*/_rot3)/*line :13:32*/", "{ return _fn2 }(/*line :13:52*/_rot3)/*line :13:55*/"},
		},
		{
			name: "method values",
			body: "type T struct{ n int }\n\nfunc main() {\n\tt := &T{}\n\tfunc() { once.Do(t.inc); strings.Map(t.shout, \"a\") }()\n}\n\nvar once sync.Once\n\nfunc (t *T) inc() { t.n++ }\n\nfunc (t T) shout(r rune) rune { return r - 32 }",
			// t.shout copies *t: pass methodfuncs writes it as a literal
			// that calls the method.
			want: []string{"once.Do(func(_fn3 func()) func() { return _fn3 }(/*line :16:19*/t.inc)/*line :16:24*/)", "{ return /*line :16:39*/_r1.shout(_p2) } }(/*line :16:39*/*t)/*line :16:46*/"},
			not:  []string{"_fn4"},
		},
		{
			name: "deferred in a literal",
			body: "type T struct{ n int }\n\nfunc main() {\n\tt := &T{}\n\tfunc() {\n\t\tdefer closeIt(1)\n\t}()\n\tfunc() { defer (t.close)() }()\n}\n\nfunc closeIt(n int) { fmt.Println(n) }\n\nfunc (t *T) close() { t.n++ }",
			want: []string{"defer func(_fn1 func(n int)) func(n int) { return _fn1 }(/*line :17:9*/closeIt)/*line :17:16*/(1)", "defer (func(_fn2 func()) func() { return _fn2 }(/*line :19:18*/t.close)/*line :19:25*/)()"},
		},
		{
			name: "deferred in a literal with a frame of its deferred calls",
			body: "type T struct{ n int }\n\nfunc main() {\n\tt := &T{}\n\tfunc() {\n\t\tdefer closeIt(1)\n\t\tdefer t.close()\n\t}()\n}\n\nfunc closeIt(n int) { fmt.Println(n) }\n\nfunc (t *T) close() { t.n++ }",
			want: []string{"defer _defers1.Call(func(_fn3 func(n int)) func(n int) { return _fn3 }(/*line :17:9*/closeIt)/*line :17:16*/).(func(n int))(1)", "defer _defers1.Func(func(_fn4 func()) func() { return _fn4 }(/*line :18:9*/t.close)/*line :18:16*/)()"},
		},
		{
			name: "deferred outside a literal, or declared earlier",
			body: "func early() {}\n\nfunc main() {\n\tdefer later()\n\tfunc() { defer early(); go later() }()\n}\n\nfunc later() {}",
			not:  []string{"_fn"},
		},
		{
			name: "an interface's method value",
			body: "func main() {\n\tvar s fmt.Stringer\n\tfunc() { _ = strings.Repeat(\"x\", 2); go s.String() }()\n\tonce.Do(func() { _ = s.String })\n}\n\nvar once sync.Once",
			not:  []string{"_fn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n\t\"sync\"\n)\n\nvar _, _, _, _ = fmt.Sprint, http.StatusOK, strings.Map, sync.NewCond\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestPendingFuncRefuses checks that a value whose type the file cannot
// spell is refused, with what to write instead.
func TestPendingFuncRefuses(t *testing.T) {
	p := checkedFiles(t, "main",
		"main.go", "package main\n\nfunc main() {\n\tfunc() { keep(wait) }()\n}\n\nfunc keep(any) {}\n",
		"wait.go", "package main\n\nimport \"time\"\n\nfunc wait() time.Duration { return 0 }\n")
	_, err := rewrite.Apply(p)
	if err == nil {
		t.Fatal("not refused")
	}
	for _, want := range []string{"main.go:4:16: ", "declare wait before the function literal, or put it in a variable first (h := wait)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("refusal %q, want it to hold %q", err, want)
		}
	}
}

package rewrite_test

import (
	"iter"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs,
		program{"pull_values_stop", `package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count ends")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs[V any](seq iter.Seq[V]) iter.Seq2[V, V] {
	return func(yield func(V, V) bool) {
		next, stop := iter.Pull(seq)
		defer stop()
		for {
			v1, ok1 := next()
			if !ok1 {
				return
			}
			v2, ok2 := next()
			if !yield(v1, v2) || !ok2 {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(2))
	for {
		v, ok := next()
		fmt.Println(v, ok)
		if !ok {
			break
		}
	}
	fmt.Println(next())
	stop()
	stop()
	next, stop = iter.Pull(count(5))
	fmt.Println(next())
	stop()
	fmt.Println(next())
	_, stop = iter.Pull[int](count(5))
	stop() // before the first next: the sequence never runs
	for a, b := range pairs(count(5)) {
		fmt.Println("pair", a, b)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	next2, stop2 := iter.Pull2(maps.All(m))
	defer stop2()
	var keys []string
	for {
		k, v, ok := next2()
		if !ok {
			break
		}
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	slices.Sort(keys)
	fmt.Println(keys)
	fmt.Println(next2())
}
`},
		program{"pull_literals_deferred_stop", `package main

import (
	"fmt"
	"iter"
)

func pairs[V any](vs ...V) (first, second V) {
	next, stop := iter.Pull(func(yield func(V) bool) {
		defer fmt.Println("pairs: sequence ends")
		for _, v := range vs {
			if !yield(v) {
				return
			}
		}
	})
	defer stop()
	first, _ = next()
	second, _ = next()
	return
}

func main() {
	n := 10
	next, stop := iter.Pull(func(yield func(int) bool) { defer func() { fmt.Println("cleanup", n) }(); yield(1); n++; yield(2) })
	defer stop()
	fmt.Println(next())
	n = 20
	fmt.Println(next())
	var words func(yield func(int, string) bool)
	words = func(yield func(int, string) bool) {
		defer fmt.Println("words: sequence ends")
		yield(0, "zero")
		yield(1, "one")
	}
	next2, stop2 := iter.Pull2(iter.Seq2[int, string](words))
	defer stop2()
	fmt.Println(next2())
	fmt.Println(pairs("a", "b", "c"))
	fmt.Println(pairs(1.5))
}
`},
		program{"pull_edges", `package main

import (
	"fmt"
	"iter"
	"runtime"
)

var next func() (int, bool)
var stop func()
var saved func(int) bool

func keep(yield func(int) bool) { saved = yield; yield(1) }
func stopInside(yield func(int) bool) {
	yield(1)
	stop()
	fmt.Println("after inner stop", yield(2))
}
func exit(yield func(int) bool) { yield(1); runtime.Goexit() }

func main() {
	next, stop = iter.Pull(keep)
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println(saved(5)) // after the sequence ended: false, no panic
	next, stop = iter.Pull(stopInside)
	fmt.Println(next())
	fmt.Println(next()) // the stop inside hands back the last value
	fmt.Println(next())
	next, stop = iter.Pull(exit)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("the goroutine exits")
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println(next())
}
`},
	)
}

// TestPullRefuses lists what socklab refuses in a program that pulls, and
// what it lets through.
func TestPullRefuses(t *testing.T) {
	const seq = "func count() iter.Seq[int] { return func(yield func(int) bool) {} }\n"
	tests := []struct {
		name  string
		files map[string]string // beside main.go's imports of fmt, iter and runtime
		want  string            // "" for no refusal
	}{
		{"NumGoroutine where main pulls", map[string]string{"main.go": "func main() {\n\tnext, stop := iter.Pull(count())\n\tdefer stop()\n\tfmt.Println(next())\n\tfmt.Println(runtime.NumGoroutine())\n}\n"},
			"main.go:15:14: runtime.NumGoroutine counts the goroutine in which socklab runs the sequence of iter.Pull (main.go:12:16)"},
		{"NumGoroutine where another file pulls", map[string]string{
			"main.go": "func main() { fmt.Println(runtime.NumGoroutine(), iter.Seq[int](nil) == nil); pull() }\n",
			"pull.go": "package main\n\nimport \"iter\"\n\nfunc pull() { next, _ := iter.Pull2(func(yield func(int, string) bool) {}); next() }\n"},
			"main.go:11:27: runtime.NumGoroutine counts the goroutine in which socklab runs the sequence of iter.Pull2 (pull.go:5:26)"},
		{"LockOSThread where main pulls", map[string]string{"main.go": "func main() {\n\truntime.LockOSThread()\n\tnext, _ := iter.Pull(count())\n\tfmt.Println(next())\n}\n"},
			"main.go:12:2: Go runs the sequence of iter.Pull (main.go:13:13) on the thread of a goroutine that called runtime.LockOSThread"},
		{"NumGoroutine without a pull", map[string]string{"main.go": "func main() { fmt.Println(runtime.NumGoroutine(), count() != nil) }\n"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var files []string
			for _, name := range []string{"main.go", "pull.go"} {
				text, ok := tt.files[name]
				if !ok {
					continue
				}
				if name == "main.go" {
					text = "package main\n\nimport (\n\t\"fmt\"\n\t\"iter\"\n\t\"runtime\"\n)\n\n" + seq + "\n" + text
				}
				files = append(files, name, text)
			}
			_, err := rewrite.Apply(checkedFiles(t, "main", files...))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want a refusal containing %q", err, tt.want)
			}
		})
	}
}

// BenchmarkPull measures a value pulled with next, in the interpreter
// (the written-out Pull, a goroutine switch each way) against one taken by
// a range loop over the same sequence, and against Go's compiled
// iter.Pull.
func BenchmarkPull(b *testing.B) {
	const src = `package main

import "iter"

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pulls(n int) {
	next, stop := iter.Pull(count(n))
	defer stop()
	for {
		if _, ok := next(); !ok {
			return
		}
	}
}

func Ranges(n int) {
	for range count(n) {
	}
}
`
	i := interpreter(b, string(lift(b, "main.go", src)))
	for _, name := range []string{"Pulls", "Ranges"} {
		fn, err := i.Eval("main." + name)
		if err != nil {
			b.Fatal(err)
		}
		run := fn.Interface().(func(int))
		b.Run("interpreted-"+name, func(b *testing.B) { run(b.N) })
	}
	b.Run("compiled-Pulls", func(b *testing.B) {
		next, stop := iter.Pull(func(yield func(int) bool) {
			for i := 0; i < b.N; i++ {
				if !yield(i) {
					return
				}
			}
		})
		defer stop()
		for {
			if _, ok := next(); !ok {
				return
			}
		}
	})
}

// TestPullLiteralKeepsColumns checks that the code after a sequence
// literal that the pass makes in a frame of its own keeps its column, and
// so does the code inside it, as the interpreter's reports name them.
func TestPullLiteralKeepsColumns(t *testing.T) {
	src := "package main\n\nimport \"iter\"\n\nfunc main() {\n\ts := []int{1}\n\tnext, stop := iter.Pull(func(yield func(int) bool) { yield(s[0]) }); _ = s[0]\n\tdefer stop()\n\tnext()\n}\n"
	out := lift(t, "main.go", src)
	got := indexes(t, out)
	line := src[strings.Index(src, "\tnext, stop"):]
	inside, after := strings.Index(line, "s[0]")+1, strings.LastIndex(line[:strings.Index(line, "\n")], "s[0]")+1
	if len(got) != 2 || got[0].Line != 7 || got[0].Column != inside || got[1].Line != 7 || got[1].Column != after {
		t.Errorf("the indexes are at %v in the rewritten source, want 7:%d and 7:%d\n%s", got, inside, after, out)
	}
	if !strings.Contains(string(out), "func() func(yield func(int) bool) { return ") {
		t.Errorf("the literal is not made in a frame of its own:\n%s", out)
	}
}

//go:build unix

package rewrite_test

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkEvalCalls measures what making a statement's call first costs
// under the interpreter, in a loop: an element read before a call
// (sum += in[i] * weight(i)) and printed beside one
// (fmt.Sprint(in[i], weight(i))), each as written (the interpreter's
// order) and as pass evalcalls rewrites it (gc's: the call into a
// variable declared at the top of the function first), and a statement
// the pass leaves as written (the call first already). Beside each loop's
// time, cpu-ns/op is the processor time of the process for one iteration.
func BenchmarkEvalCalls(b *testing.B) {
	const loop = `package main

import "fmt"

func weight(i int) int { return i & 3 }

func Loop(n int) {
	in := make([]int, 1000)
	sum, text := 0, ""
	for r := 0; r < n; r += 1000 {
		for i := 0; i < 1000; i++ {
			%s
		}
	}
	_, _ = sum, text
	_ = fmt.Sprint
}
`
	var forms []struct{ name, src string }
	for _, s := range []struct {
		name, stmt string
		moved      bool
	}{
		{"sum", "sum += in[i] * weight(i)", true},
		{"print", "text = fmt.Sprint(in[i], weight(i))", true},
		{"call-first", "sum += weight(i) * in[i]", false},
	} {
		src := fmt.Sprintf(loop, s.stmt)
		rewritten := string(applied(b, src))
		if moved := strings.Contains(rewritten, "_v"); moved != s.moved {
			b.Fatalf("%s: moved %v, want %v:\n%s", s.stmt, moved, s.moved, rewritten)
		}
		forms = append(forms, struct{ name, src string }{s.name + "/as-written", src}, struct{ name, src string }{s.name + "/rewritten", rewritten})
	}
	for _, v := range forms {
		b.Run(v.name, func(b *testing.B) { runLoop(b, v.src) })
	}
}

//go:build unix

package rewrite_test

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkEvalOrder measures what evaluating the right side first costs
// an assignment whose two sides can both panic, in a loop, under the
// interpreter: a copy (out[i] = in[i]), a map's element (m[i&7] =
// in[i]), an element of a field through a pointer (p.f[i] = in[i]) and
// an addition (out[i] += in[i]), each as written (the interpreter's
// order) and as the passes rewrite it (Go's: the value in a variable
// declared at the top of the function, v = in[i]; out[i] = v), and the
// copy in the other forms that run in Go's order: the value in a
// variable declared in a block (what the pass wrote before), or by :=,
// and a check of the left side's index that evaluates the right side
// first where the left one fails, with uint and with two comparisons;
// and the two values assigned at once (out[i], _ = in[i], 0), which the
// interpreter still finds the left side of first. Beside each loop's
// time, cpu-ns/op is the processor time of the process for one
// iteration, which the other work of a loaded machine does not add to.
func BenchmarkEvalOrder(b *testing.B) {
	const loop = `package main

type rec struct{ f []int }

func Loop(n int) {
	in := make([]int, 1000)
	out := make([]int, 1000)
	p := &rec{f: make([]int, 1000)}
	m := map[int]int{}
	var v int
	_, _, _, _ = out, p, m, v
	for r := 0; r < n; r += 1000 {
		for i := 0; i < 1000; i++ {
			%s
		}
	}
}
`
	type form struct{ name, stmt string }
	forms := []form{
		{"copy/block", "{ var t int = in[i]; out[i] = t }"},
		{"copy/define", "{ t := in[i]; out[i] = t }"},
		{"copy/tuple", "out[i], _ = in[i], 0"},
		{"copy/check-uint", "if uint(i) >= uint(len(out)) { _ = in[i] }; out[i] = in[i]"},
		{"copy/check-two", "if i < 0 || i >= len(out) { _ = in[i] }; out[i] = in[i]"},
		{"copy/function-variable", "v = in[i]; out[i] = v"},
	}
	for _, s := range []struct {
		name, stmt string
		lifted     bool // a map's store and an addition are in Go's order as written
	}{
		{"copy", "out[i] = in[i]", true},
		{"map", "m[i&7] = in[i]", false},
		{"field", "p.f[i] = in[i]", true},
		{"add", "out[i] += in[i]", false},
	} {
		src := fmt.Sprintf(loop, s.stmt)
		rewritten := string(applied(b, src))
		if lifted := !strings.Contains(rewritten, "\t\t\t"+s.stmt+"\n"); lifted != s.lifted {
			b.Fatalf("%s: lifted %v, want %v:\n%s", s.stmt, lifted, s.lifted, rewritten)
		}
		forms = append(forms, form{s.name + "/as-written", s.stmt}, form{s.name + "/rewritten", rewritten})
	}
	for _, v := range forms {
		src := v.stmt
		if !strings.HasPrefix(src, "package") {
			src = fmt.Sprintf(loop, v.stmt)
		}
		b.Run(v.name, func(b *testing.B) { runLoop(b, src) })
	}
}

// runLoop interprets src and runs its Loop(b.N), reporting beside the
// time cpu-ns/op, the processor time of the process for one iteration.
func runLoop(b *testing.B, src string) {
	fn, err := interpreter(b, src).Eval("main.Loop")
	if err != nil {
		b.Fatal(err)
	}
	run := fn.Interface().(func(int))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	run(b.N)
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the processor time that the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

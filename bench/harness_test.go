package bench_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// tools are the programs the benchmarks start, built or found once.
type tools struct {
	socklab string            // the socklab command
	python  string            // the real python3 binary, never a shim
	built   map[string]string // testdata/NAME.go -> its binary, built with go build
	dir     string
}

var (
	toolsOnce sync.Once
	shared    tools
	toolsErr  error
)

// setup builds socklab and every program in testdata with go build, and
// finds python3 through sys.executable: a version manager's shim on PATH
// is a shell script that would add its own start-up to every run.
func setup(b *testing.B) *tools {
	b.Helper()
	toolsOnce.Do(func() {
		shared.built = map[string]string{}
		shared.dir, toolsErr = os.MkdirTemp("", "socklab-bench-")
		if toolsErr != nil {
			return
		}
		// socklab as the README installs it: static, with CGO_ENABLED=0.
		shared.socklab = filepath.Join(shared.dir, "socklab")
		build := exec.Command("go", "build", "-o", shared.socklab, "github.com/socklab/socklab")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			toolsErr = fmt.Errorf("building socklab: %v\n%s", err, out)
			return
		}
		progs, _ := filepath.Glob("testdata/*.go")
		for _, p := range progs {
			bin := filepath.Join(shared.dir, strings.TrimSuffix(filepath.Base(p), ".go"))
			if out, err := exec.Command("go", "build", "-o", bin, p).CombinedOutput(); err != nil {
				toolsErr = fmt.Errorf("go build %s: %v\n%s", p, err, out)
				return
			}
			shared.built[p] = bin
		}
		shared.python = realPython()
	})
	if toolsErr != nil {
		b.Fatal(toolsErr)
	}
	return &shared
}

// realPython returns the path of the python3 binary itself, or "" when
// there is none.
func realPython() string {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// variant is one way to run the program under test.
type variant struct {
	name string
	argv []string // the command; the benchmark appends its own arguments
}

// variants returns socklab running script, the same script compiled, and
// the other programs given (compiled Go from testdata, or python3 files).
func (t *tools) variants(script string, others ...variant) []variant {
	vs := []variant{
		{"socklab", []string{t.socklab, "run", script, "--"}},
		{"compiled", []string{t.built[script]}},
	}
	for _, o := range others {
		switch {
		case strings.HasSuffix(o.argv[0], ".py"):
			if t.python == "" {
				continue
			}
			o.argv = append([]string{t.python}, o.argv...)
		case strings.HasSuffix(o.argv[0], ".go"):
			o.argv = []string{t.built[o.argv[0]]}
		}
		vs = append(vs, o)
	}
	return vs
}

// rounds is how many times each benchmark runs each variant (interleaved,
// so that a machine busy for a while slows all of them alike):
// SOCKLAB_BENCH_ROUNDS, 3 by default. The benchmarks ignore b.N; run them
// with -benchtime 1x.
func rounds() int {
	if n, err := strconv.Atoi(os.Getenv("SOCKLAB_BENCH_ROUNDS")); err == nil && n > 0 {
		return n
	}
	return 3
}

// inTurn returns the variants in the order to run them in round r: each
// round starts one further along, so that no variant always runs first
// (the first of a round runs measurably faster on a busy machine).
func inTurn(vs []variant, r int) []variant {
	k := r % len(vs)
	return append(vs[k:len(vs):len(vs)], vs[:k]...)
}

// results collects each variant's measurements over the rounds.
type results struct {
	order []string
	got   map[string][]float64
}

func newResults() *results { return &results{got: map[string][]float64{}} }

func (r *results) add(name string, v float64) {
	if _, ok := r.got[name]; !ok {
		r.order = append(r.order, name)
	}
	r.got[name] = append(r.got[name], v)
}

func (r *results) median(name string) float64 {
	v := slices.Clone(r.got[name])
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	return v[len(v)/2]
}

// report reports each variant's median in unit and the ratios asked for,
// each "a/b" as a's median over b's (for rates, higher is better).
func (r *results) report(b *testing.B, unit string, ratios ...[2]string) {
	b.ReportMetric(0, "ns/op")
	var table strings.Builder
	for _, name := range r.order {
		m := r.median(name)
		b.ReportMetric(m, name+"-"+unit)
		fmt.Fprintf(&table, "\n  %-16s %12.2f %s", name, m, unit)
	}
	for _, pair := range ratios {
		x, y := r.median(pair[0]), r.median(pair[1])
		if x == 0 || y == 0 {
			continue
		}
		b.ReportMetric(x/y, pair[0]+"/"+pair[1])
		fmt.Fprintf(&table, "\n  %s / %s = %.2fx", pair[0], pair[1], x/y)
	}
	b.Logf("median of %d rounds:%s", rounds(), table.String())
}

// output collects a program's standard output while it runs.
type output struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// start starts argv with its output collected and its errors shown.
func start(b *testing.B, argv []string, extra ...string) (*exec.Cmd, *output) {
	b.Helper()
	cmd := exec.Command(argv[0], append(argv[1:len(argv):len(argv)], extra...)...)
	out := new(output)
	cmd.Stdout = out
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatalf("%s: %v", argv[0], err)
	}
	return cmd, out
}

// finish waits for cmd and checks that it printed want.
func finish(b *testing.B, name string, cmd *exec.Cmd, out *output, want string) {
	b.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		b.Fatalf("%s did not end", name)
	}
	if got := strings.TrimSpace(out.String()); got != want {
		b.Fatalf("%s printed %q, want %q", name, got, want)
	}
}

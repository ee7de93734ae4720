package runner_test

import (
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

	"github.com/socklab/socklab/runner/socklabtest"
)

// The start-up benchmark: the same tiny program that imports the socket
// library and prints a line, run from start to exit the ways a student
// could: socklab, python3, go run after an edit, a compiled binary, and
// yaegi's own command when it is installed. Run it with
//
//	go test ./runner -run '^$' -bench Startup -benchtime 20x
//
// Besides ns/op it reports the median and 95th percentile in ms, and,
// where GNU time is installed, the peak resident memory in KB of the
// process started (for socklab run, the supervisor; the script process is
// measured on its own as socklab-script-process).

const helloGo = `package main

import (
	"fmt"
	"net"
)

func main() { fmt.Println("Hello from", net.JoinHostPort("127.0.0.1", "12345")) }
`

const helloPy = `import socket
print("Hello from", "127.0.0.1:12345")
`

var (
	buildOnce sync.Once
	socklab   string
	buildErr  error
)

// socklabBinary builds the real socklab binary once for the benchmarks.
func socklabBinary(b *testing.B) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "socklab-bench")
		if err != nil {
			buildErr = err
			return
		}
		socklab, buildErr = socklabtest.Build(dir)
	})
	if buildErr != nil {
		b.Fatal(buildErr)
	}
	return socklab
}

func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello.go")
	write(b, hello, helloGo)
	write(b, filepath.Join(dir, "hello.py"), helloPy)
	write(b, filepath.Join(dir, "go.mod"), "module hello\n\ngo 1.22\n")

	bin := socklabBinary(b)
	compiled := filepath.Join(dir, "hello")
	if out, err := exec.Command("go", "build", "-o", compiled, hello).CombinedOutput(); err != nil {
		b.Fatalf("go build hello: %v\n%s", err, out)
	}

	cases := []struct {
		name   string
		argv   []string
		env    []string
		before func(i int) // runs untimed before each start
	}{
		{name: "socklab", argv: []string{bin, "run", "hello.go"}},
		{name: "socklab-script-process", argv: []string{bin, "hello.go"}, env: []string{"SOCKLAB_CHILD=1"}},
		{name: "python3", argv: []string{"python3", "hello.py"}},
		{name: "compiled-go", argv: []string{compiled}},
		{name: "yaegi-cli", argv: []string{"yaegi", "run", "hello.go"}},
		{name: "go-run-after-edit", argv: []string{"go", "run", "hello.go"}, before: func(i int) {
			write(b, hello, fmt.Sprintf("%s// edit %d %d\n", helloGo, i, time.Now().UnixNano()))
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			path, err := exec.LookPath(c.argv[0])
			if err != nil {
				if home, herr := os.UserHomeDir(); herr == nil {
					path, err = exec.LookPath(filepath.Join(home, "go", "bin", c.argv[0]))
				}
				if err != nil {
					b.Skipf("%s is not installed", c.argv[0])
				}
			}
			var times []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if c.before != nil {
					b.StopTimer()
					c.before(i)
					b.StartTimer()
				}
				cmd := exec.Command(path, c.argv[1:]...)
				cmd.Dir = dir
				cmd.Env = append(os.Environ(), c.env...)
				start := time.Now()
				out, err := cmd.Output()
				times = append(times, time.Since(start))
				if err != nil || len(out) == 0 {
					b.Fatalf("%s: %v, output %q", c.name, err, out)
				}
			}
			b.StopTimer()
			slices.Sort(times)
			b.ReportMetric(ms(times[len(times)/2]), "median-ms")
			b.ReportMetric(ms(times[min(len(times)-1, len(times)*95/100)]), "p95-ms")
			if kb, ok := peakRSS(dir, path, c.argv[1:], c.env); ok {
				b.ReportMetric(float64(kb), "maxrss-KB")
			}
		})
	}
}

// peakRSS runs the command once under GNU time and returns its peak
// resident memory. (A rusage taken from Go's own wait would count the
// benchmark's memory too, shared with the child between fork and exec.)
func peakRSS(dir, path string, args, env []string) (int64, bool) {
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		return 0, false
	}
	cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%M", path}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return 0, false
	}
	lines := strings.Fields(stderr.String())
	if len(lines) == 0 {
		return 0, false
	}
	kb, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	return kb, err == nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func write(b *testing.B, path, content string) {
	b.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		b.Fatal(err)
	}
}

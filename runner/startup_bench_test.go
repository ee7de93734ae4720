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

	"github.com/socklab/socklab/bench/shell"
)

// The start-up benchmark: the same tiny program that imports the socket
// library and prints a line, run from start to exit the ways a student
// could, each started as a shell starts it (see startOnce): socklab, python3 (the binary itself, not a version manager's
// shim), go run (built before, and after an edit), a compiled binary, and
// yaegi's own command when it is installed. Run it with
//
//	go test ./runner -run '^$' -bench Startup -benchtime 1x
//
// (at least 20 rounds, more with a larger -benchtime).
//
// For each it reports the median and 95th percentile of the wall time in
// ms, the median CPU time in ms (user and system, of the process and the
// children it waited for: for socklab run, the supervisor and the script
// process), and, where GNU time is installed, the peak resident memory in
// KB of the process started (for socklab run, the supervisor; the script
// process is measured on its own as socklab-script-process); then
// socklab's medians, wall and CPU, over python3's, go run's and the
// compiled binary's. socklab-no-cache is socklab run without its cache of
// the front end's work, as the first run of an edited script finds it;
// socklab-version is the binary's start alone, which
// socklab run pays twice; socklab-no-prestart is socklab run with its
// script process started after the supervisor's start, not during it.

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

// socklabBinary builds the real socklab binary once for the benchmarks, as
// the README installs it: with CGO_ENABLED=0, a static binary that the
// kernel starts without the dynamic loader and libc.
func socklabBinary(b *testing.B) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "socklab-bench")
		if err != nil {
			buildErr = err
			return
		}
		socklab = filepath.Join(dir, "socklab")
		cmd := exec.Command("go", "build", "-o", socklab, "github.com/socklab/socklab")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building socklab: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		b.Fatal(buildErr)
	}
	return socklab
}

// startupRounds is the fewest rounds BenchmarkStartup runs, so that
// -benchtime 1x, which suits the benchmarks in ./bench, still gives a
// median worth the name.
const startupRounds = 20

func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello.go")
	write(b, hello, helloGo)
	// go run after an edit edits a file of its own: the others rerun
	// hello.go unchanged.
	edited := filepath.Join(dir, "edited.go")
	write(b, edited, helloGo)
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
		// A rerun of the unchanged script, whose front end's work the
		// first round keeps in the user's cache (see runner/frontcache).
		{name: "socklab", argv: []string{bin, "run", "hello.go"}},
		// The front end's work done at every run, as for a script just
		// edited.
		{name: "socklab-no-cache", argv: []string{bin, "run", "hello.go"}, env: []string{"SOCKLAB_CACHE=off"}},
		// The script process started only once the supervisor has started
		// (package prestart turned off): the two starts one after the other.
		{name: "socklab-no-prestart", argv: []string{bin, "run", "hello.go"}, env: []string{"SOCKLAB_PRESTART=0"}},
		{name: "socklab-script-process", argv: []string{bin, "hello.go"}, env: []string{"SOCKLAB_CHILD=1"}},
		// The binary's own start, which socklab run pays twice (the
		// supervisor and the script process): the floor of the others.
		{name: "socklab-version", argv: []string{bin, "version"}},
		{name: "python3", argv: []string{realPython(), "hello.py"}},
		{name: "compiled-go", argv: []string{compiled}},
		{name: "yaegi-cli", argv: []string{"yaegi", "run", "hello.go"}},
		{name: "go-run", argv: []string{"go", "run", "hello.go"}},
		{name: "go-run-after-edit", argv: []string{"go", "run", "edited.go"}, before: func(i int) {
			write(b, edited, fmt.Sprintf("%s// edit %d %d\n", helloGo, i, time.Now().UnixNano()))
		}},
	}
	// Every round starts each program once, interleaved, so that a machine
	// busy for a while slows all of them alike, and no program always runs
	// first.
	times := make([][]time.Duration, len(cases))
	cpu := make([][]time.Duration, len(cases))
	paths := make([]string, len(cases))
	for i, c := range cases {
		paths[i] = lookPath(c.argv[0])
	}
	out, err := os.Create(filepath.Join(dir, "out"))
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	logLoad(b, "before")
	defer logLoad(b, "after")
	b.ResetTimer()
	for i := range max(b.N, startupRounds) {
		for k := range cases {
			j := (i + k) % len(cases) // each round starts one further along
			c := cases[j]
			if paths[j] == "" {
				continue
			}
			if c.before != nil {
				b.StopTimer()
				c.before(i)
				b.StartTimer()
			}
			wall, used, err := startOnce(paths[j], c.argv, c.env, dir, out)
			if err != nil {
				b.Fatalf("%s: %v", c.name, err)
			}
			times[j] = append(times[j], wall)
			cpu[j] = append(cpu[j], used)
		}
	}
	b.StopTimer()
	b.ReportMetric(0, "ns/op")
	medians, cpuMedians := map[string]float64{}, map[string]float64{}
	for j, c := range cases {
		if paths[j] == "" {
			b.Logf("%s: not installed", c.argv[0])
			continue
		}
		slices.Sort(times[j])
		slices.Sort(cpu[j])
		medians[c.name] = ms(times[j][len(times[j])/2])
		cpuMedians[c.name] = ms(cpu[j][len(cpu[j])/2])
		b.ReportMetric(medians[c.name], c.name+"-median-ms")
		b.ReportMetric(cpuMedians[c.name], c.name+"-cpu-ms")
		b.ReportMetric(ms(times[j][min(len(times[j])-1, len(times[j])*95/100)]), c.name+"-p95-ms")
		if kb, ok := peakRSS(dir, paths[j], c.argv[1:], c.env); ok {
			b.ReportMetric(float64(kb), c.name+"-maxrss-KB")
		}
	}
	for _, other := range []string{"python3", "go-run", "compiled-go"} {
		if medians["socklab"] > 0 && medians[other] > 0 {
			b.ReportMetric(medians["socklab"]/medians[other], "socklab/"+other)
		}
		if cpuMedians["socklab"] > 0 && cpuMedians[other] > 0 {
			b.ReportMetric(cpuMedians["socklab"]/cpuMedians[other], "socklab/"+other+"-cpu")
		}
	}
}

// startOnce starts argv (path its program) in dir as a shell starts a
// program (package shell), its standard output on out, and returns its
// wall and processor time once it has checked that the program printed
// something. os/exec, with its pipes and the goroutines that copy them,
// would add about a millisecond to every program, which is no part of
// any of them.
func startOnce(path string, argv, env []string, dir string, out *os.File) (wall, cpu time.Duration, err error) {
	if err := out.Truncate(0); err != nil {
		return 0, 0, err
	}
	if _, err := out.Seek(0, 0); err != nil {
		return 0, 0, err
	}
	wall, cpu, err = shell.Run(path, argv, append(os.Environ(), env...), dir, out)
	if err != nil {
		return 0, 0, err
	}
	if fi, err := out.Stat(); err != nil || fi.Size() == 0 {
		return 0, 0, fmt.Errorf("printed nothing")
	}
	return wall, cpu, nil
}

// logLoad logs the machine's load average, which the figures depend on:
// a loaded machine makes every program wait for a core.
func logLoad(b *testing.B, when string) {
	if avg, err := os.ReadFile("/proc/loadavg"); err == nil {
		b.Logf("load average %s: %s", when, strings.Join(strings.Fields(string(avg))[:3], " "))
	}
}

// lookPath finds a program on PATH or in ~/go/bin; "" when it is not there.
func lookPath(name string) string {
	if name == "" {
		return ""
	}
	if path, err := exec.LookPath(name); err == nil {
		return path
	}
	if home, err := os.UserHomeDir(); err == nil {
		if path, err := exec.LookPath(filepath.Join(home, "go", "bin", name)); err == nil {
			return path
		}
	}
	return ""
}

// realPython returns the path of the python3 binary itself, as
// sys.executable names it: a version manager's shim on PATH is a script
// that would add its own start-up to every run.
func realPython() string {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
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

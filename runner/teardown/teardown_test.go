//go:build linux && amd64

package teardown

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// envChild makes the test binary a process that defers its teardown (if
// set to "defer"), prints the processes it started, and ends when its
// standard input does.
const envChild = "TEARDOWN_TEST_CHILD"

// sink keeps the child's memory in use, so that its address space has
// something to take down.
var sink [][]byte

func TestMain(m *testing.M) {
	if mode := os.Getenv(envChild); mode != "" {
		for range 64 {
			b := make([]byte, 256<<10)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			sink = append(sink, b)
		}
		if mode == "defer" {
			Defer()
			Defer() // a second call starts no second keeper
		}
		os.Stdout.WriteString(strings.Join(children(), " ") + "\n")
		buf := make([]byte, 1)
		for {
			if _, err := os.Stdin.Read(buf); err != nil {
				os.Exit(0)
			}
			os.Stdout.WriteString("alive\n") // memory shared with the keeper still works
		}
	}
	os.Exit(m.Run())
}

// children returns the process ids of this process's children.
func children() []string {
	var pids []string
	tasks, _ := filepath.Glob("/proc/self/task/*/children")
	for _, t := range tasks {
		b, _ := os.ReadFile(t)
		pids = append(pids, strings.Fields(string(b))...)
	}
	return pids
}

// child is a running child process of the test binary.
type child struct {
	cmd   *exec.Cmd
	in    *os.File
	out   *bufio.Reader
	kids  []string
	ended chan error
}

func start(t testing.TB, mode string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+mode)
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	inR.Close()
	outW.Close()
	c := &child{cmd: cmd, in: inW, out: bufio.NewReader(outR), ended: make(chan error, 1)}
	line, err := c.out.ReadString('\n')
	if err != nil {
		t.Fatalf("reading the child's processes: %v", err)
	}
	c.kids = strings.Fields(line)
	go func() { c.ended <- cmd.Wait() }()
	return c
}

// end closes the child's input and waits for it to exit.
func (c *child) end(t testing.TB) {
	t.Helper()
	c.in.Close()
	select {
	case err := <-c.ended:
		if err != nil {
			t.Fatalf("child: %v", err)
		}
	case <-time.After(10 * time.Second):
		c.cmd.Process.Kill()
		t.Fatal("the child did not end within 10 s of its input's end")
	}
}

// TestKeeper checks the process Defer starts: one per process, sharing the
// address space, holding no descriptor of its parent, deaf to signals, and
// ending by itself once its parent has ended.
func TestKeeper(t *testing.T) {
	if _, err := os.Stat("/proc/self/task"); err != nil {
		t.Skip("no /proc here")
	}
	c := start(t, "defer")
	defer c.cmd.Process.Kill()
	if len(c.kids) != 1 {
		t.Fatalf("after Defer twice the child has processes %q, want exactly one keeper", c.kids)
	}
	keeper := c.kids[0]
	if IsKeeper(c.cmd.Process.Pid) {
		t.Errorf("IsKeeper(%d) = true for the process that started it", c.cmd.Process.Pid)
	}

	parentMaps, err := os.ReadFile("/proc/" + strconv.Itoa(c.cmd.Process.Pid) + "/maps")
	if err != nil {
		t.Fatal(err)
	}
	keeperMaps, err := os.ReadFile("/proc/" + keeper + "/maps")
	if err != nil {
		t.Fatal(err)
	}
	if string(parentMaps) != string(keeperMaps) {
		t.Errorf("the keeper's mappings differ from its parent's: it does not share the address space")
	}

	// Its only descriptor is the pidfd it waits on (it may still be
	// opening it).
	deadline := time.Now().Add(5 * time.Second)
	for {
		fds, err := os.ReadDir("/proc/" + keeper + "/fd")
		if err != nil {
			t.Fatal(err)
		}
		var targets []string
		for _, fd := range fds {
			target, _ := os.Readlink("/proc/" + keeper + "/fd/" + fd.Name())
			targets = append(targets, target)
		}
		if len(targets) == 1 && strings.Contains(targets[0], "pidfd") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the keeper holds descriptors %q, want only its pidfd", targets)
		}
		time.Sleep(10 * time.Millisecond)
	}

	// By now it has taken its name and its priority.
	if pid, _ := strconv.Atoi(keeper); !IsKeeper(pid) {
		t.Errorf("IsKeeper(%s) = false for the keeper", keeper)
	}
	// Its priority comes just after its pidfd.
	for {
		n, err := nice(keeper)
		if err != nil {
			t.Fatal(err)
		}
		if n == 19 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the keeper's nice value is %d, want 19: its teardown would compete with processes that have work", n)
		}
		time.Sleep(10 * time.Millisecond)
	}

	// Signals that reach a whole process group (Ctrl-C) leave the keeper
	// as it was, and its parent working.
	pid, _ := strconv.Atoi(keeper)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGURG, syscall.SIGSEGV} {
		if err := syscall.Kill(pid, sig); err != nil {
			t.Fatalf("signalling the keeper: %v", err)
		}
	}
	if _, err := c.in.Write([]byte{'\n'}); err != nil {
		t.Fatal(err)
	}
	if line, err := c.out.ReadString('\n'); err != nil || line != "alive\n" {
		t.Fatalf("after signals to the keeper, the child answered %q, %v; want alive", line, err)
	}
	if ended(pid) {
		t.Fatal("the keeper ended on a signal; it must wait for its parent")
	}

	c.end(t)
	if !AwaitEnd(pid, 10*time.Second) {
		t.Fatal("the keeper still runs 10 s after its parent ended")
	}
}

// TestNoKeeper checks that a process that does not call Defer starts none.
func TestNoKeeper(t *testing.T) {
	c := start(t, "plain")
	defer c.cmd.Process.Kill()
	if len(c.kids) != 0 {
		t.Errorf("without Defer the child has processes %q, want none", c.kids)
	}
	c.end(t)
}

// BenchmarkExit measures, side by side, how long a parent waits from
// telling a child with 16 MB of memory in use to end until it sees the
// child's exit, with and without Defer.
func BenchmarkExit(b *testing.B) {
	for _, mode := range []string{"plain", "defer"} {
		b.Run(mode, func(b *testing.B) {
			var total time.Duration
			for range b.N {
				c := start(b, mode)
				t0 := time.Now()
				c.end(b)
				total += time.Since(t0)
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N), "µs/exit")
		})
	}
}

// nice returns the nice value of process pid, the 19th field of its
// /proc stat line.
func nice(pid string) (int, error) {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0, err
	}
	// The fields after the command name, which is in parentheses, start
	// with the third (the state).
	i := strings.LastIndexByte(string(stat), ')')
	f := strings.Fields(string(stat[i+1:]))
	if i < 0 || len(f) < 17 {
		return 0, fmt.Errorf("unexpected /proc/%s/stat %q", pid, stat)
	}
	return strconv.Atoi(f[16])
}

package asleep_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/asleep"
	"github.com/socklab/socklab/runner/teardown"
)

// envSocklab makes the test binary act as the socklab command, so that the
// tests below run `socklab run` as built by this `go test`: with cgo where
// a C compiler is present (the build the watch is for), without otherwise.
const envSocklab = "ASLEEP_TEST_SOCKLAB"

func TestMain(m *testing.M) {
	if os.Getenv(envSocklab) == "1" {
		os.Exit(runner.Main(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// wakeAfter is how long the waiting scripts wait before the test wakes
// them: long enough for the watch to look many times.
const wakeAfter = time.Second

// TestDeadlock runs scripts whose goroutines end up all asleep, which must
// end as Go ends them, and scripts that wait on what Go does not count as
// a deadlock (a timer, input, a connection, a signal), which must not end
// before the test wakes them.
func TestDeadlock(t *testing.T) {
	if asleep.Enabled {
		t.Log("socklab built with cgo: the supervisor's watch reports deadlocks")
	} else {
		t.Log("socklab built without cgo: Go's runtime reports deadlocks")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		script string
		wake   func(t *testing.T, cmd *exec.Cmd, stdout *lines, stdin *os.File)
		out    string // what the script prints last
		dead   bool   // ends with Go's deadlock report
	}{
		{name: "receive", dead: true, out: "waiting", script: `
	ch := make(chan int)
	go func() {}()
	fmt.Println("waiting")
	fmt.Println(<-ch)`},
		{name: "after-a-sleep", dead: true, out: "now", script: `
	time.Sleep(300 * time.Millisecond)
	fmt.Println("now")
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()`},
		{name: "after-a-deadline", dead: true, out: "wait", script: `
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	c.SetReadDeadline(time.Now().Add(300 * time.Millisecond)) // a timer Go waits for
	fmt.Println("wait")
	select {}`},
		{name: "timer", out: "timeout", script: `
	ch := make(chan int)
	select {
	case <-ch:
	case <-time.After(` + goDuration(wakeAfter) + `):
		fmt.Println("timeout")
	}`},
		{name: "after-func", out: "fired", script: `
	done := make(chan bool)
	time.AfterFunc(` + goDuration(wakeAfter) + `, func() { done <- true })
	<-done
	fmt.Println("fired")`},
		{name: "input", out: "got hello", wake: writeInput, script: `
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		fmt.Println("got", strings.TrimSpace(line))
	}()
	wg.Wait()`},
		{name: "accept", out: "accepted", wake: connect, script: `
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println(ln.Addr())
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Close()
		}
		done <- true
	}()
	<-done
	fmt.Println("accepted")`},
		{name: "signal", out: "interrupt", wake: interrupt, script: `
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	fmt.Println("waiting")
	fmt.Println(<-c)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), c.name+".go")
			src := "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"net\"\n\t\"os\"\n\t\"os/signal\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n\n" +
				"var _, _, _, _, _, _, _ = bufio.NewReader, fmt.Println, net.Dial, os.Exit, signal.Notify, strings.TrimSpace, time.Now\nvar _ sync.Mutex\n\n" +
				"func main() {" + c.script + "\n}\n"
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, exe, "run", path)
			cmd.Env = append(os.Environ(), envSocklab+"=1")
			stdout := newLines()
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = stdout, &stderr
			stdin, feed, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stdin = stdin
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stdin.Close()
			defer feed.Close()
			if c.wake != nil {
				c.wake(t, cmd, stdout, feed)
			}
			err = cmd.Wait()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if ctx.Err() != nil {
				t.Fatalf("the script did not end in 30 s\nstdout:\n%s\nstderr:\n%s", stdout, &stderr)
			}
			wantCode, report := 0, ""
			if c.dead {
				wantCode, report = 2, asleep.Report
			}
			if code != wantCode || !strings.Contains(stderr.String(), report) || (!c.dead && stderr.Len() > 0) {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", code, wantCode, &stderr)
			}
			if last := stdout.last(); last != c.out {
				t.Errorf("last line of output %q, want %q", last, c.out)
			}
		})
	}
}

// goDuration is d in Go source.
func goDuration(d time.Duration) string {
	return "time.Duration(" + strconv.FormatInt(int64(d), 10) + ")"
}

// writeInput writes a line to the script's input after wakeAfter.
func writeInput(t *testing.T, _ *exec.Cmd, _ *lines, stdin *os.File) {
	time.Sleep(wakeAfter)
	fmt.Fprintln(stdin, "hello")
}

// connect connects, after wakeAfter, to the address the script printed.
func connect(t *testing.T, _ *exec.Cmd, stdout *lines, _ *os.File) {
	addr := stdout.first(10 * time.Second)
	time.Sleep(wakeAfter)
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Errorf("connecting to the script's %q: %v", addr, err)
		return
	}
	c.Close()
}

// interrupt sends SIGINT, after wakeAfter, to the script's own process
// (the child of socklab's).
func interrupt(t *testing.T, cmd *exec.Cmd, stdout *lines, _ *os.File) {
	stdout.first(10 * time.Second)
	time.Sleep(wakeAfter)
	kids, err := children(cmd.Process.Pid)
	if err != nil || len(kids) != 1 {
		t.Errorf("finding the script process: %v, %v", kids, err)
		return
	}
	syscall.Kill(kids[0], syscall.SIGINT)
}

// children returns the child processes of process pid, without the
// keeper of package teardown. Linux lists each
// child under the thread that started it, which in a Go program is any of
// its threads, so every thread's list is read.
func children(pid int) ([]int, error) {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return nil, err
	}
	var kids []int
	for _, task := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", pid, task.Name()))
		if err != nil {
			continue // the thread ended
		}
		for _, f := range strings.Fields(string(b)) {
			if kid, err := strconv.Atoi(f); err == nil && !teardown.IsKeeper(kid) {
				kids = append(kids, kid)
			}
		}
	}
	return kids, nil
}

// lines collects a script's output and says when its first line came.
type lines struct {
	buf    bytes.Buffer
	first1 chan string
}

func newLines() *lines { return &lines{first1: make(chan string, 1)} }

func (l *lines) Write(p []byte) (int, error) {
	had := bytes.Contains(l.buf.Bytes(), []byte("\n"))
	l.buf.Write(p)
	if line, _, ok := bytes.Cut(l.buf.Bytes(), []byte("\n")); ok && !had {
		l.first1 <- string(line)
	}
	return len(p), nil
}

func (l *lines) first(timeout time.Duration) string {
	select {
	case s := <-l.first1:
		return s
	case <-time.After(timeout):
		return ""
	}
}

func (l *lines) last() string {
	s := strings.Split(strings.TrimSpace(l.buf.String()), "\n")
	return s[len(s)-1]
}

func (l *lines) String() string { return l.buf.String() }

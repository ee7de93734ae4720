package lesson_test

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/socklabtest"
	"github.com/socklab/socklab/runner/teardown"
)

// socklab is the binary under test, built once by TestMain.
var socklab string

func TestMain(m *testing.M) { socklabtest.Main(m, &socklab) }

const greeter = `//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)
	conn.SendLine("Hello from server")
}
`

// asker is a client that asks where the server is, prints its greeting
// and ends with the status given (for the exit status test).
func asker(status int) string {
	return fmt.Sprintf(`//go:build ignore

package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	addr := console.Input("Enter IPv4 address of server: ")
	port, _ := strconv.Atoi(console.Input("Enter port number of server: "))
	conn := sock.Connect(addr, port)
	defer conn.Close()
	line, _ := conn.RecvLine()
	fmt.Println(line)
	os.Exit(%d)
}
`, status)
}

const answers = "127.0.0.1\n12345\n"

var hosts atomic.Int32

// result is what one socklab run DIR printed and how it ended.
type result struct {
	stdout, stderr string
	code           int
}

// run runs socklab run dir with input, on a loopback address of its own; it
// fails the test if a process of the run outlives it.
func run(t *testing.T, dir, input string) result {
	t.Helper()
	cmd, mark := command(t, dir)
	cmd.Stdin = strings.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(15*time.Second, func() { cmd.Process.Kill() })
	cmd.Wait()
	timer.Stop()
	checkNoLeftovers(t, mark)
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

func command(t *testing.T, dir string) (*exec.Cmd, string) {
	n := hosts.Add(1)
	host := fmt.Sprintf("127.%d.%d.%d", 100+os.Getpid()%100, 200+n/250, 1+n%250)
	mark := fmt.Sprintf("%d-%s", os.Getpid(), strings.ReplaceAll(t.Name(), "/", "-"))
	cmd := exec.Command(socklab, "run", dir)
	cmd.Env = append(os.Environ(), "SOCKLAB_HOSTMAP=127.0.0.1="+host, "SOCKLAB_TEST_MARK="+mark)
	return cmd, mark
}

// checkNoLeftovers fails the test when a process carrying mark is alive
// (package teardown's keeper given a moment to end).
func checkNoLeftovers(t *testing.T, mark string) {
	t.Helper()
	want := []byte("SOCKLAB_TEST_MARK=" + mark + "\x00")
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		stat, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err == nil && bytes.Contains(env, want) && !bytes.Contains(stat, []byte(") Z ")) {
			if teardown.IsKeeper(pid) && teardown.AwaitEnd(pid, 5*time.Second) {
				continue // it ends once the supervisor has
			}
			t.Errorf("process %d of the run is still alive", pid)
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

func lesson(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func match(t *testing.T, what, text string, patterns ...string) {
	t.Helper()
	for _, p := range patterns {
		if !regexp.MustCompile(p).MatchString(text) {
			t.Errorf("%s does not match %q:\n%s", what, p, text)
		}
	}
}

func TestRunLesson(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"server.go": greeter, "client.go": asker(0), "README.md": "# Hello"})
	r := run(t, dir, answers)
	if r.code != 0 {
		t.Errorf("exit status %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	match(t, "stdout", r.stdout,
		`(?m)^server \| Connected to: 127\.0\.0\.1:\d+$`,
		// The programs write through pipes of their own, so the server's
		// line may come between the client's.
		`(?m)^client \| Enter IPv4 address of server: `,
		`(?m)^client \| (.*: )?Enter port number of server: `,
		`(?m)^client \| (.*: )?Hello from server$`)
	match(t, "stderr", r.stderr, `\[run\] server\.go listens on 127\.0\.0\.1:12345; client\.go runs here\n`)
}

func TestRunLessonExitsWithClientStatus(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"server.go": greeter, "client.go": asker(3)})
	if r := run(t, dir, answers); r.code != 3 {
		t.Errorf("exit status %d, want the client's 3; stderr:\n%s", r.code, r.stderr)
	}
}

// The server serves for ever; the run ends with the client and stops it.
func TestRunLessonStopsServerAfterClient(t *testing.T) {
	t.Parallel()
	forever := strings.Replace(greeter, "conn, addr := ln.Accept()", "for {\n\tconn, addr := ln.Accept()", 1) + "}\n"
	forever = strings.Replace(forever, "conn.SendLine(\"Hello from server\")\n}\n}", "conn.SendLine(\"Hello from server\")\n\tconn.Close()\n\t}\n}", 1)
	forever = strings.Replace(forever, "\tdefer conn.Close()\n", "", 1)
	dir := lesson(t, map[string]string{"server.go": forever, "client.go": asker(0)})
	r := run(t, dir, answers)
	if r.code != 0 {
		t.Errorf("exit status %d, want 0; stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	match(t, "stdout", r.stdout, `client \| .*Hello from server`)
}

func TestRunLessonTwoClients(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"server.go": greeter, "client1.go": asker(0), "client2.go": asker(0)})
	r := run(t, dir, answers)
	if r.code != 0 {
		t.Errorf("exit status %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	match(t, "stdout", r.stdout, `(?m)^client1 \| .*Hello from server$`, `(?m)^server  \| Connected`)
	match(t, "stderr", r.stderr, `client1\.go runs here; in another terminal: socklab run \S*client2\.go`)
}

func TestRunLessonServerDoesNotCompile(t *testing.T) {
	t.Parallel()
	broken := strings.Replace(greeter, "defer ln.Close()", "defer ln.Close(", 1)
	dir := lesson(t, map[string]string{"server.go": broken, "client.go": asker(0)})
	r := run(t, dir, answers)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	match(t, "stderr", r.stderr,
		`(?m)^server \| \S*server\.go:\d+:\d+: `,
		`server\.go ended \(exit status 1\) before it listened, so the client was not started`)
	if strings.Contains(r.stdout+r.stderr, "Enter IPv4") {
		t.Errorf("the client ran although the server never listened")
	}
}

func TestRunFolderWithoutServer(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"client.go": asker(0), "game.go": asker(0)})
	r := run(t, dir, "")
	if r.code != 2 {
		t.Errorf("exit status %d, want 2 (a mistake on the command line)", r.code)
	}
	match(t, "stderr", r.stderr, `no server found among client\.go, game\.go`)
}

func TestRunLessonInterrupted(t *testing.T) {
	t.Parallel()
	dir := lesson(t, map[string]string{"server.go": greeter, "client.go": asker(0)})
	cmd, mark := command(t, dir)
	stdin, err := cmd.StdinPipe() // the client waits for its first answer
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stderr := &buffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(stderr.String(), "runs here") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the client never started; stderr:\n%s", stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	timer := time.AfterFunc(15*time.Second, func() { cmd.Process.Kill() })
	cmd.Wait()
	timer.Stop()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit status %d after Ctrl-C, want 130", code)
	}
	checkNoLeftovers(t, mark)
	addr := strings.TrimPrefix(cmd.Env[len(cmd.Env)-2], "SOCKLAB_HOSTMAP=127.0.0.1=") + ":12345"
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("the server's port is not free: %v", err)
	}
	ln.Close()
}

// buffer is a bytes.Buffer safe for a process's writer and a reader.
type buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

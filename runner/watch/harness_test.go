package watch_test

import (
	"bufio"
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

// wait bounds every wait of these tests; nothing here should take long.
const wait = 15 * time.Second

// serverSource is a lesson-style server that answers each client with its
// version and its process id, then closes the connection.
func serverSource(version string) string {
	return `//go:build ignore

package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	for {
		conn, _ := ln.Accept()
		conn.SendLine(fmt.Sprintf("%s %d", "` + version + `", os.Getpid()))
		conn.Close()
	}
}
`
}

var hosts atomic.Int32

// newHost returns a loopback address of the test's own, to which the
// scripts' 127.0.0.1 is mapped, so that tests run side by side.
func newHost() string {
	n := hosts.Add(1)
	return fmt.Sprintf("127.%d.%d.%d", 100+os.Getpid()%100, n/250, 1+n%250)
}

// session is a socklab watch process driven as a person would.
type session struct {
	t      testing.TB
	cmd    *exec.Cmd
	mark   string // in the environment of every process it starts
	addr   string // where the lesson's 127.0.0.1:12345 really is
	log    *buffer
	stdin  *os.File // nil when the test gave no pipe
	exited chan struct{}
}

// startWatch runs socklab watch with args, its standard input a pipe.
func startWatch(t testing.TB, args ...string) *session {
	t.Helper()
	s := newSession(t, args...)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stdin, s.stdin = r, w
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	s.start()
	r.Close()
	return s
}

func newSession(t testing.TB, args ...string) *session {
	host := newHost()
	s := &session{
		t:      t,
		mark:   fmt.Sprintf("%d-%s", os.Getpid(), strings.ReplaceAll(t.Name(), "/", "-")),
		addr:   net.JoinHostPort(host, "12345"),
		log:    &buffer{},
		exited: make(chan struct{}),
	}
	s.cmd = exec.Command(socklab, append([]string{"watch"}, args...)...)
	s.cmd.Env = append(os.Environ(), "SOCKLAB_HOSTMAP=127.0.0.1="+host, "SOCKLAB_TEST_MARK="+s.mark)
	return s
}

func (s *session) start() {
	s.t.Helper()
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	go func() {
		s.cmd.Wait()
		close(s.exited)
	}()
	s.t.Cleanup(s.cleanup)
}

// cleanup ends watch if the test did not, and checks what every test of
// watch must hold: the port was never found in use.
func (s *session) cleanup() {
	select {
	case <-s.exited:
	default:
		s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(wait):
			s.cmd.Process.Kill()
			<-s.exited
		}
	}
	if s.stdin != nil {
		s.stdin.Close()
	}
	if strings.Contains(s.log.String(), "address already in use") {
		s.t.Errorf("a version found its address in use:\n%s", s.log)
	}
	if pids := s.leftovers(); len(pids) > 0 {
		s.t.Errorf("processes left behind: %v", pids)
		for _, pid := range pids {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// type sends a line to watch's input.
func (s *session) typeLine(line string) {
	s.t.Helper()
	if _, err := s.stdin.WriteString(line + "\n"); err != nil {
		s.t.Fatalf("typing %q: %v", line, err)
	}
}

// waitLog waits until watch's output matches re and returns the match.
func (s *session) waitLog(re string) []string {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		if m := rx.FindStringSubmatch(s.log.String()); m != nil {
			return m
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.t.Fatalf("watch never printed %q; it printed:\n%s", re, s.log)
	return nil
}

// reply connects to the lesson's server until the version that answers is
// version, and returns the process id it gives.
func (s *session) reply(version string) int {
	s.t.Helper()
	deadline := time.Now().Add(wait)
	last := "no answer"
	for time.Now().Before(deadline) {
		v, pid, err := ask(s.addr)
		if err == nil && v == version {
			return pid
		}
		if err != nil {
			last = err.Error()
		} else {
			last = "version " + v
		}
		time.Sleep(2 * time.Millisecond)
	}
	s.t.Fatalf("version %s never answered (last: %s); watch printed:\n%s", version, last, s.log)
	return 0
}

// ask connects to addr once and reads the server's answer.
func ask(addr string) (version string, pid int, err error) {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return "", 0, err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return "", 0, err
	}
	v, p, _ := strings.Cut(strings.TrimSpace(line), " ")
	pid, err = strconv.Atoi(p)
	return v, pid, err
}

// signal sends sig to watch and waits for it to exit; it returns the status.
func (s *session) signal(sig syscall.Signal) int {
	s.t.Helper()
	s.cmd.Process.Signal(sig)
	return s.waitExit()
}

func (s *session) waitExit() int {
	s.t.Helper()
	select {
	case <-s.exited:
	case <-time.After(wait):
		s.t.Fatalf("watch did not exit; it printed:\n%s", s.log)
	}
	return s.cmd.ProcessState.ExitCode()
}

// leftovers returns the processes still carrying the session's mark.
func (s *session) leftovers() []int {
	entries, _ := os.ReadDir("/proc")
	var pids []int
	want := []byte("SOCKLAB_TEST_MARK=" + s.mark + "\x00")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if err == nil && bytes.Contains(env, want) && !isZombie(pid) &&
			!(teardown.IsKeeper(pid) && teardown.AwaitEnd(pid, 5*time.Second)) { // a keeper ends once watch has
			pids = append(pids, pid)
		}
	}
	return pids
}

func isZombie(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	// The state follows the command name, which is in parentheses.
	i := bytes.LastIndexByte(stat, ')')
	return i < 0 || i+2 >= len(stat) || stat[i+2] == 'Z'
}

// portFree checks that a new listener can bind the lesson's address.
func (s *session) portFree() {
	s.t.Helper()
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		s.t.Fatalf("the port is not free after watch ended: %v", err)
	}
	ln.Close()
}

// lessonDir makes a folder holding files (name -> content).
func lessonDir(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		writeFile(t, filepath.Join(dir, name), content)
	}
	return dir
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// buffer is a bytes.Buffer safe for the writers of a process and a reader.
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

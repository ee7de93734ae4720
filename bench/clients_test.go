package bench_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/teardown"
)

const clients = 1000

// BenchmarkThousandClients sends the threaded echo lesson's server one
// message from each of 1,000 clients at once and times until it has
// printed all of them; it also reports the peak memory of the server's
// process (for socklab, the script process, not its supervisor). The
// server runs as the lesson has it, on a loopback address of its own.
func BenchmarkThousandClients(b *testing.B) {
	t := setup(b)
	host := fmt.Sprintf("127.%d.%d.%d", 100+rand.IntN(100), 1+rand.IntN(250), 1+rand.IntN(250))
	addr := net.JoinHostPort(host, "1234")
	dir := b.TempDir()
	lesson := "../scripts/16-threaded-echo"
	server := relocate(b, filepath.Join(lesson, "server.go"), dir, host)

	// The compiled server is the lesson's file built with its address
	// replaced through an overlay, inside the module.
	src, _ := filepath.Abs(filepath.Join(lesson, "server.go"))
	overlay, _ := json.Marshal(map[string]any{"Replace": map[string]string{src: server}})
	overlayFile := filepath.Join(dir, "overlay.json")
	os.WriteFile(overlayFile, overlay, 0o644)
	compiled := filepath.Join(dir, "server")
	if out, err := exec.Command("go", "build", "-overlay", overlayFile, "-o", compiled, src).CombinedOutput(); err != nil {
		b.Fatalf("go build server.go: %v\n%s", err, out)
	}
	vs := []variant{
		{"socklab", []string{t.socklab, "run", server}},
		{"compiled", []string{compiled}},
	}
	// python3's seed is left out: its listen() keeps a backlog of 128, so
	// the kernel drops most of 1,000 simultaneous connection attempts and
	// its time would measure TCP's retransmission timers, not the server.
	res, mem, anon := newResults(), newResults(), newResults()
	for r := range rounds() {
		for _, v := range inTurn(vs, r) {
			d, peak, private := thousand(b, v, addr)
			res.add(v.name, d.Seconds()*1000)
			mem.add(v.name, float64(peak)/1024)
			anon.add(v.name, float64(private)/1024)
		}
	}
	res.report(b, "ms", [2]string{"socklab", "compiled"})
	mem.report(b, "peak-MiB")
	anon.report(b, "private-MiB")
}

// relocate copies a lesson program into dir with its host replaced.
func relocate(b *testing.B, path, dir, host string) string {
	b.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	os.MkdirAll(dir, 0o755)
	out := filepath.Join(dir, filepath.Base(path))
	src = bytes.ReplaceAll(src, []byte("127.0.0.1"), []byte(host))
	if err := os.WriteFile(out, src, 0o644); err != nil {
		b.Fatal(err)
	}
	return out
}

// thousand runs one round against v: it returns the time until the server
// printed every client's message, the server process's peak resident
// memory, and its private (anonymous) memory then, in kB. The rest of the
// resident memory is the program's own file, shared by every process that
// runs it.
func thousand(b *testing.B, v variant, addr string) (time.Duration, int64, int64) {
	b.Helper()
	cmd, out := start(b, v.argv)
	defer func() {
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	if !waitFor(func() bool { return strings.Contains(out.String(), "listen mode") }, time.Minute) {
		b.Fatalf("%s did not start: %q", v.name, out.String())
	}
	t0 := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- client(addr, "msg-"+strconv.Itoa(i)+"\x00")
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			b.Fatalf("%s: %v", v.name, err)
		}
	}
	if !waitFor(func() bool { return strings.Count(out.String(), "msg-") >= clients }, time.Minute) {
		b.Fatalf("%s printed %d of the %d messages", v.name, strings.Count(out.String(), "msg-"), clients)
	}
	d := time.Since(t0)
	pid := scriptProcess(cmd.Process.Pid)
	return d, status(pid, "VmHWM"), status(pid, "RssAnon")
}

// client sends msg and closes, retrying while the server is not yet
// listening (python3's seed says it listens before it does).
func client(addr, msg string) error {
	var c net.Conn
	var err error
	for range 200 {
		if c, err = net.DialTimeout("tcp", addr, 10*time.Second); !errors.Is(err, syscall.ECONNREFUSED) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Write([]byte(msg))
	return err
}

func waitFor(cond func() bool, limit time.Duration) bool {
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if cond() {
			return true
		}
	}
	return false
}

// scriptProcess returns the process that runs the script: the child of
// socklab's supervisor (not package teardown's keeper), or pid itself when it has none. Linux lists each
// child under the thread that started it, which in a Go program is any of
// its threads, so every thread's list is read.
func scriptProcess(pid int) int {
	tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	for _, task := range tasks {
		kids, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", pid, task.Name()))
		if err != nil {
			continue
		}
		for _, f := range strings.Fields(string(kids)) {
			if child, err := strconv.Atoi(f); err == nil && !teardown.IsKeeper(child) {
				return child
			}
		}
	}
	return pid
}

// status reads a figure in kB, such as the peak resident memory (VmHWM),
// from a process's /proc status.
func status(pid int, field string) int64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

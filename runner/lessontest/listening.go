package lessontest

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/netgate"
)

// DefaultListenWait is how long "listening" waits when the test gives no
// time.
const DefaultListenWait = 10 * time.Second

// listenPoll is how often "listening" looks for the announcement.
const listenPoll = 5 * time.Millisecond

// cmdListening is the test command "listening ADDR [SECONDS]": it waits
// until a program of the test listens on ADDR, written as in the program
// (127.0.0.1:12345), and fails if none does in time. Programs announce each
// address they listen on in $SOCKLAB_LISTEN_DIR (see package netgate and
// seedpy.py); each announcement satisfies one "listening", so that after a
// server ends, the next "listening" waits for the next server.
func cmdListening(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! listening")
	}
	if len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: listening ADDR [SECONDS]")
	}
	addr := args[0]
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		ts.Fatalf("listening: %q is not an address: write it as host:port, for example 127.0.0.1:12345", addr)
	}
	wait := DefaultListenWait
	if len(args) == 2 {
		secs, err := strconv.ParseFloat(args[1], 64)
		if err != nil || secs <= 0 {
			ts.Fatalf("listening: %q is not a number of seconds", args[1])
		}
		wait = time.Duration(secs * float64(time.Second))
	}
	dir := ts.Getenv(netgate.EnvListenDir)
	file := filepath.Join(dir, netgate.ListenFileName(net.JoinHostPort(announcedHost(host), port)))

	start := time.Now()
	giveUp := start.Add(wait)
	if d, ok := ts.Value(deadlineKey{}).(time.Time); ok && d.Before(giveUp) {
		giveUp = d
	}
	stopped, _ := ts.Value(stoppedKey{}).(<-chan struct{})
	for {
		// Taking the announcement away lets the next "listening" on this
		// address wait for the next program that listens there.
		if err := os.Remove(file); err == nil {
			return
		}
		if !running(ts) {
			ts.Fatalf("no program listens on %s: every program this test started in the background has ended", addr)
		}
		if !time.Now().Before(giveUp) {
			break
		}
		select {
		case <-stopped:
			ts.Fatalf("listening: the tests were interrupted")
		case <-time.After(listenPoll):
		}
	}
	msg := fmt.Sprintf("no program listens on %s after %.1fs", addr, time.Since(start).Seconds())
	if others := announced(dir); len(others) > 0 {
		msg += "; programs of this test listen on " + strings.Join(others, ", ")
	} else {
		msg += ": did the server start, and does it listen on that address?"
	}
	ts.Fatalf("%s", msg)
}

// Listening is the test command "listening" for transcripts run outside
// the harness, which set $SOCKLAB_LISTEN_DIR themselves.
func Listening(ts *testscript.TestScript, neg bool, args []string) {
	cmdListening(ts, neg, args)
}

// announcedHost is the host under which netgate announces a listening
// address: as the program wrote it, with localhost written 127.0.0.1.
func announcedHost(host string) string {
	if host == "localhost" {
		return "127.0.0.1"
	}
	return host
}

// announced lists the addresses announced in dir, for a failure message.
func announced(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var addrs []string
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), "listen-")
		if !ok {
			continue
		}
		if i := strings.LastIndexByte(name, '_'); i >= 0 {
			addrs = append(addrs, name[:i]+":"+name[i+1:])
		}
	}
	sort.Strings(addrs)
	return addrs
}

// running reports whether a program the test started in the background is
// still running; a program that ended cannot start listening any more.
func running(ts *testscript.TestScript) bool {
	for _, cmd := range ts.BackgroundCmds() {
		if cmd.Process.Signal(syscall.Signal(0)) == nil {
			return true
		}
	}
	return false
}

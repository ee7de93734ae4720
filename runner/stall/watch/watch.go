// Package watch watches the stall records of a running lesson test (see
// package stall) and stops the test when it has stalled.
package watch

import (
	"bufio"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/tcpdiag"
)

// look is how often Watch looks at a test's records, and confirm how long
// it must find the test stalled, at every look, with no record written
// again, before it stops the test. A receive is recorded once it has
// waited stall.Settle, so the programs have all waited quiet (300 ms) by
// then: a program may wait to receive in one goroutine while another
// sleeps before it sends (the records cannot see a timer), and one whose
// receive returned may not have run since, on a loaded machine, to say so.
const (
	look    = stall.Settle / 2
	quiet   = 300 * time.Millisecond
	confirm = quiet - stall.Settle
)

// Watch watches the stall folder dir of a running test until stop is
// closed. When every program of the test has waited to receive for a
// while with nothing on its way to it, no record changing, and no thread
// of any of them running or ready to run as the kernel says at the last
// look, it kills them all and calls stalled, once, with a message that
// says who waits for what.
func Watch(dir string, stop <-chan struct{}, stalled func(msg string)) {
	tick := time.NewTicker(look)
	defer tick.Stop()
	var since time.Time // the first look of those in a row that found the test stalled
	var seen string     // the records then
	for {
		var now time.Time
		select {
		case <-stop:
			return
		case now = <-tick.C:
		}
		progs, lines, spin := find(dir)
		if progs == nil {
			since = time.Time{}
			continue
		}
		if recs := records(dir); since.IsZero() || recs != seen {
			since, seen = now, recs
			continue
		}
		if now.Sub(since) < confirm || anyRunning(progs, spin) {
			continue
		}
		for pid := range progs {
			syscall.Kill(pid, syscall.SIGKILL)
		}
		stalled("socklab: the test stalled and was stopped: every program waits to receive, and nothing is on its way to any of them\n" +
			strings.Join(lines, ""))
		return
	}
}

// records identifies the records in dir as last written: each is written
// anew, through a new file, whenever it changes.
func records(dir string) string {
	entries, _ := os.ReadDir(dir)
	var b strings.Builder
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "wait-") {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		var ino uint64
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			ino = uint64(st.Ino)
		}
		fmt.Fprintf(&b, "%s %d %d\n", e.Name(), ino, fi.ModTime().UnixNano())
	}
	return b.String()
}

// anyRunning reports whether a thread of one of progs, but those that
// spin, is running or ready to run.
func anyRunning(progs map[int]string, spin map[int]bool) bool {
	for pid := range progs {
		if !spin[pid] && Running(pid) {
			return true
		}
	}
	return false
}

// Running reports whether a thread of process pid is running or ready to
// run, as /proc says; false where it cannot tell.
func Running(pid int) bool {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return false
	}
	for _, t := range tasks {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/stat", pid, t.Name()))
		if err != nil {
			continue
		}
		s := string(data)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && len(s) > i+2 && s[i+2] == 'R' {
			return true
		}
	}
	return false
}

// Notice watches the stall folder dir of programs run together (socklab
// run DIR) until stop is closed, and calls tell once each time they have
// all waited on each other for after, with a message that says who waits
// for what. Unlike Watch, it stops nothing: the student sees the programs
// wait, and why.
func Notice(dir string, after time.Duration, stop <-chan struct{}, tell func(msg string)) {
	tick := time.NewTicker(stall.Settle)
	defer tick.Stop()
	var since time.Time
	told := false
	for {
		select {
		case <-stop:
			return
		case now := <-tick.C:
			progs, lines := Stalled(dir)
			switch {
			case progs == nil:
				since, told = time.Time{}, false
			case since.IsZero():
				since = now
			case !told && now.Sub(since) >= after:
				told = true
				who := "every program waits to receive, and nothing is on its way to any of them"
				if len(progs) == 2 {
					who = "both programs wait to receive, and nothing is on its way to either"
				}
				tell(fmt.Sprintf("socklab: %s: they will wait for ever\n%s", who, strings.Join(lines, "")))
			}
		}
	}
}

// A wait is one receive that a program waits on.
type wait struct {
	local, remote netip.AddrPort
	kind          string
	at, what      string // the receive's line and what it waits for, if known
}

// Stalled returns the programs of the test, by process id, when the test
// has stalled, and a line for each receive they wait on; nil when it has
// not.
func Stalled(dir string) (map[int]string, []string) {
	progs, lines, _ := find(dir)
	return progs, lines
}

// find is Stalled, and says too which of the programs receive after
// the end of a stream: they spin, however stalled the test is.
func find(dir string) (progs map[int]string, lines []string, spin map[int]bool) {
	if busy(dir) {
		return nil, nil, nil
	}
	progs, waits := read(dir)
	if len(progs) == 0 {
		return nil, nil, nil
	}
	spin = map[int]bool{}
	for pid, prog := range progs {
		l, ok := stuck(prog, waits[pid])
		if !ok {
			return nil, nil, nil
		}
		lines = append(lines, l...)
		for _, w := range waits[pid] {
			spin[pid] = spin[pid] || w.kind == stall.KindEOF
		}
	}
	sort.Strings(lines)
	return progs, lines, spin
}

// Waiting reports whether every running program of the test, but the one
// of process pid, waits as in a stalled test: to receive, from a peer that
// still holds its end, with nothing on its way, and not for a client. It
// does when pid is the only program left. Whatever happens next in the
// test is then up to pid.
func Waiting(dir string, pid int) bool {
	progs, waits := read(dir)
	for p, prog := range progs {
		if _, ok := stuck(prog, waits[p]); p != pid && !ok {
			return false
		}
	}
	return true
}

// busy reports, from the names in dir alone, whether a program of the
// test runs with no record of a wait: it runs, or waits for something
// else. It spares reading every record at most looks of a test that goes
// on.
func busy(dir string) bool {
	entries, _ := os.ReadDir(dir)
	waits := map[string]bool{}
	for _, e := range entries {
		if pid, ok := strings.CutPrefix(e.Name(), "wait-"); ok {
			waits[pid] = true
		}
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), "prog-")
		if !ok || waits[rest] {
			continue
		}
		if pid, err := strconv.Atoi(rest); err == nil && alive(pid) {
			return true
		}
	}
	return false
}

// read returns the running programs of the test whose stall folder is
// dir, by process id, and what each waits on.
func read(dir string) (map[int]string, map[int][]wait) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil
	}
	progs := map[int]string{}
	waits := map[int][]wait{}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "prog-"):
			pid, err := strconv.Atoi(name[len("prog-"):])
			if err != nil || !alive(pid) {
				continue
			}
			data, _ := os.ReadFile(filepath.Join(dir, name))
			progs[pid] = strings.TrimSpace(string(data))
		case strings.HasPrefix(name, "wait-"):
			pid, err := strconv.Atoi(name[len("wait-"):])
			if err != nil {
				continue
			}
			waits[pid] = readWaits(filepath.Join(dir, name))
		}
	}
	return progs, waits
}

// stuck reports whether the program prog, waiting on ws, waits as in a
// stalled test, with a line for each of its receives.
func stuck(prog string, ws []wait) ([]string, bool) {
	if len(ws) == 0 {
		return nil, false // it runs, or waits for something else
	}
	var lines []string
	for _, w := range ws {
		switch {
		case w.kind == stall.KindAccept:
			return nil, false // a client may still come
		case w.kind == stall.KindEOF:
			// Receiving again and again after the end of the stream:
			// nothing can come, whatever the peer does.
		case w.kind != stall.KindRecv:
			continue
		case onItsWay(w) || !peerHeld(w):
			return nil, false
		}
		lines = append(lines, describe(prog, w))
	}
	if len(lines) == 0 {
		return nil, false
	}
	return lines, true
}

// onItsWay reports whether bytes wait to be read by w's socket or are on
// their way to it.
func onItsWay(w wait) bool {
	if r, _, ok := tcpdiag.Queues(w.local, w.remote); ok && r > 0 {
		return true
	}
	_, unacked, ok := tcpdiag.Queues(w.remote, w.local)
	return ok && unacked > 0
}

// peerHeld reports whether the socket at the other end of w is still open,
// held by a program that could still send.
func peerHeld(w wait) bool {
	_, _, ok := tcpdiag.Queues(w.remote, w.local)
	return ok
}

func describe(prog string, w wait) string {
	if w.kind == stall.KindEOF {
		why := "the other side closed the connection"
		if strings.HasSuffix(prog, ".go") {
			why += " (does it check ok, or io.EOF?)"
		}
		return fmt.Sprintf("  %s receives again and again from port %d after the end of the stream: nothing more can come, %s\n", prog, w.remote.Port(), why)
	}
	if w.what != "" {
		what, more, _ := strings.Cut(w.what, "; ")
		if more != "" {
			more = "; " + more
		}
		return fmt.Sprintf("  %s waits at %s for %s from port %d%s\n", prog, w.at, what, w.remote.Port(), more)
	}
	return fmt.Sprintf("  %s waits to receive from port %d\n", prog, w.remote.Port())
}

func readWaits(path string) []wait {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var ws []wait
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.SplitN(sc.Text(), " ", 5)
		if len(fields) < 3 {
			continue
		}
		l, err1 := netip.ParseAddrPort(fields[0])
		r, err2 := netip.ParseAddrPort(fields[1])
		if (err1 != nil || err2 != nil) && fields[2] != stall.KindAccept {
			continue
		}
		if fields[2] == stall.KindAccept {
			ws = append(ws, wait{kind: stall.KindAccept})
			continue
		}
		w := wait{local: l, remote: r, kind: fields[2]}
		if len(fields) == 5 {
			w.at, w.what = fields[3], fields[4]
		}
		ws = append(ws, w)
	}
	return ws
}

// alive reports whether the process pid runs (and is not a zombie).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no /proc: trust the signal
	}
	s := string(data)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && len(s) > i+2 {
		return s[i+2] != 'Z'
	}
	return true
}

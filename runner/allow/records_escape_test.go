package allow_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/confine"
)

// A forgery is a script that tries to write what the supervisor trusts:
// a listen announcement, a port record, another program's trace. The
// symbol layer is opened (--allow-unsafe: package syscall), so that the
// kernel's layer and the supervisor must hold.
type forgery struct {
	name string
	flag string // the flag that re-opens it; "" if none does
	body string // with LISTEN, PORTS and WIRE for the folders
	// changed reports what the forgery changed in the folders, "" if nothing.
	changed func(listen, ports, wire string) string
}

// forge opens path for writing with flags and writes a line.
const forge = `fd, err := syscall.Open(%q, syscall.O_WRONLY|syscall.O_CREAT|%s, 0o644); if err == nil { syscall.Write(fd, []byte("40001 1\n")); syscall.Close(fd) }; report("forge", err)`

var forgeries = []forgery{
	{name: "announce a listener that is not there", flag: "--allow-files",
		body:    fmt.Sprintf(forge, "LISTEN/listen-127.0.0.1_12345", "syscall.O_TRUNC"),
		changed: exists("LISTEN/listen-127.0.0.1_12345")},
	{name: "write a port record", flag: "--allow-files",
		body:    fmt.Sprintf(forge, "PORTS/port-127.0.0.1_23456", "syscall.O_TRUNC"),
		changed: exists("PORTS/port-127.0.0.1_23456")},
	{name: "change another program's port record", flag: "--allow-files",
		body:    fmt.Sprintf(forge, "PORTS/port-127.0.0.1_12345", "syscall.O_TRUNC"),
		changed: differs("PORTS/port-127.0.0.1_12345", otherRecord)},
	{name: "write a trace for a program that is not there", flag: "--allow-files",
		body:    fmt.Sprintf(forge, "WIRE/99999.wire", "syscall.O_TRUNC"),
		changed: exists("WIRE/99999.wire")},
	{name: "add to another program's trace", flag: "--allow-files",
		body:    fmt.Sprintf(forge, "WIRE/1.wire", "syscall.O_APPEND"),
		changed: differs("WIRE/1.wire", otherTrace)},
	{name: "ask the supervisor to announce a listener that is not there",
		body: `var st syscall.Stat_t
	err := fmt.Errorf("no socket to the supervisor")
	for fd := 3; fd < 32; fd++ {
		if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFSOCK {
			continue
		}
		if _, e := syscall.Write(fd, []byte("listen tcp 127.0.0.1:12345 127.0.0.1:12345\n")); e != nil {
			continue
		}
		b := make([]byte, 200)
		n, _ := syscall.Read(fd, b)
		if reply := strings.TrimSpace(string(b[:n])); reply == "ok" {
			err = nil
		} else {
			err = fmt.Errorf("%s", reply)
		}
		break
	}
	report("ask", err)`,
		changed: exists("LISTEN/listen-127.0.0.1_12345")},
}

const (
	otherRecord = "40000 1\n"
	otherTrace  = `{"t":1,"k":"hello","p":"server.go","pid":1}` + "\n"
)

func exists(rel string) func(listen, ports, wire string) string {
	return func(listen, ports, wire string) string {
		if _, err := os.Stat(expand(rel, listen, ports, wire)); err == nil {
			return rel + " exists"
		}
		return ""
	}
}

func differs(rel, want string) func(listen, ports, wire string) string {
	return func(listen, ports, wire string) string {
		if b, _ := os.ReadFile(expand(rel, listen, ports, wire)); string(b) != want {
			return fmt.Sprintf("%s holds %q", rel, b)
		}
		return ""
	}
}

func expand(s, listen, ports, wire string) string {
	return strings.NewReplacer("LISTEN", listen, "PORTS", ports, "WIRE", wire).Replace(s)
}

// TestForgeRecords tries each forgery with the symbol layer open and every
// other flag but its own, where the folders must be left as they were;
// then with its own flag, which lifts the kernel's file rules and so must
// let it through (the attempt is real).
func TestForgeRecords(t *testing.T) {
	if confine.Probe().Landlock == 0 {
		t.Skip("this kernel has no Landlock to keep a script from the supervisor's folders")
	}
	var tried, heldN atomic.Int32
	for _, f := range forgeries {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			tried.Add(1)
			var others []string
			for _, fl := range []string{"--allow-files", "--allow-net", "--allow-exec"} {
				if fl != f.flag {
					others = append(others, fl)
				}
			}
			for _, set := range [][]string{{"--allow-unsafe"}, append([]string{"--allow-unsafe"}, others...)} {
				out, changed := runForgery(t, f, set)
				if changed != "" || strings.Contains(out, "ESCAPED") || !strings.Contains(out, "ERR ") {
					t.Fatalf("with %v it got out (%s):\n%s", set, changed, out)
				}
			}
			heldN.Add(1)
			if f.flag == "" {
				return
			}
			if out, changed := runForgery(t, f, []string{"--allow-unsafe", f.flag}); changed == "" {
				t.Fatalf("%s does not re-open it:\n%s", f.flag, out)
			}
		})
	}
	t.Cleanup(func() { t.Logf("forgery attempts: %d tried, %d held", tried.Load(), heldN.Load()) })
}

// runForgery runs f under socklab with flags, with folders for
// announcements, port records and traces that hold another program's
// record and trace, and returns what it printed and what it changed.
func runForgery(t *testing.T, f forgery, flags []string) (out, changed string) {
	base := t.TempDir()
	dir, listen, ports, wire := filepath.Join(base, "lesson"), filepath.Join(base, "listen"), filepath.Join(base, "ports"), filepath.Join(base, "wire")
	for _, d := range []string{dir, listen, ports, wire} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(ports, "port-127.0.0.1_12345"), []byte(otherRecord), 0o644)
	os.WriteFile(filepath.Join(wire, "1.wire"), []byte(otherTrace), 0o644)
	a := attempt{imports: []string{"syscall"}, body: expand(f.body, listen, ports, wire)}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(a.source()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], append(append([]string{"run"}, flags...), "main.go")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOCKLAB_ESCAPE_MAIN=1",
		"SOCKLAB_LISTEN_DIR="+listen, "SOCKLAB_PORTMAP_DIR="+ports, "SOCKLAB_WIRE_DIR="+wire)
	b, _ := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("socklab run %v did not end:\n%s", flags, b)
	}
	return string(b), f.changed(listen, ports, wire)
}

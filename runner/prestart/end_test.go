package prestart

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/socklabtest"
)

// listener is a script that listens and ends without closing its listener,
// as a server that serves one client and returns from main does.
const listener = `package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	ln, err := net.Listen("tcp", os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("listening on", ln.Addr())
}
`

// TestEndFreesPort: socklab run, whose script process ends with Finish,
// returns only once the script's sockets are closed, so that the same
// server run again at once, or anything else, can listen on its port.
func TestEndFreesPort(t *testing.T) {
	if !supported {
		t.Skip("no process is started early on this system")
	}
	dir := t.TempDir()
	bin, err := socklabtest.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "listener.go")
	if err := os.WriteFile(script, []byte(listener), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	for i := 0; i < 20; i++ {
		out, err := exec.Command(bin, "run", script, addr).CombinedOutput()
		if err != nil || !strings.HasPrefix(string(out), "listening on") {
			t.Fatalf("run %d: socklab run: %v\n%s", i, err, out)
		}
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatalf("run %d: the port is still taken once socklab run returned: %v", i, err)
		}
		ln.Close()
	}
}

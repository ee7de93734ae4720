// Package gotest shows how a Go test runs lesson scripts through socklab's
// runner and checks what they print: here, Project 1's server and client.
package gotest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/proc"
	"github.com/socklab/socklab/runner/script"
)

// TestMain lets this test binary run scripts: proc starts each script as a
// new process of the running binary, which ScriptProcess diverts.
func TestMain(m *testing.M) {
	runner.ScriptProcess()
	os.Exit(m.Run())
}

func TestHelloServerGreetsClient(t *testing.T) {
	lesson := filepath.Join("..", "..", "scripts", "01-hello")
	listenDir := t.TempDir()
	// Give the lesson a loopback address of its own, so this test can run
	// beside others that use 127.0.0.1:12345, and beside itself in another
	// test run on the machine (the second byte from the process id); the
	// scripts still say 127.0.0.1.
	host := fmt.Sprintf("127.%d.150.1", 100+os.Getpid()%100)
	env := []string{
		netgate.EnvHostMap + "=127.0.0.1=" + host,
		netgate.EnvListenDir + "=" + listenDir,
	}

	var serverOut, serverErr bytes.Buffer
	server, err := proc.Start(proc.Spec{
		Script: script.Options{Path: filepath.Join(lesson, "server.go"), Display: "server.go"},
		Stdout: &serverOut, Stderr: &serverErr, Env: env,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer server.Stop(time.Second)
	waitListening(t, listenDir, "127.0.0.1:12345")

	var clientOut, clientErr bytes.Buffer
	client, err := proc.Start(proc.Spec{
		Script: script.Options{Path: filepath.Join(lesson, "client.go"), Display: "client.go"},
		Stdin:  strings.NewReader("127.0.0.1\n12345\n"),
		Stdout: &clientOut, Stderr: &clientErr, Env: env,
	})
	if err != nil {
		t.Fatal(err)
	}
	if code := client.Wait(); code != 0 {
		t.Fatalf("client exit status %d\n%s", code, clientErr.String())
	}
	if code := server.Wait(); code != 0 {
		t.Fatalf("server exit status %d\n%s", code, serverErr.String())
	}
	if !strings.Contains(clientOut.String(), "Hello from server") {
		t.Errorf("client printed %q, want the server's greeting", clientOut.String())
	}
	if !strings.Contains(serverOut.String(), "Connected to: 127.0.0.1:") {
		t.Errorf("server printed %q, want the client's address", serverOut.String())
	}
}

// waitListening waits until a script announces that it listens on addr.
func waitListening(t *testing.T, dir, addr string) {
	t.Helper()
	name := filepath.Join(dir, netgate.ListenFileName(addr))
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(name); err == nil {
			return
		}
	}
	t.Fatalf("nothing listens on %s after 10s", addr)
}

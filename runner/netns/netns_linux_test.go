package netns

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// envChild makes the test binary act as the process started in the
// namespace (see TestMain).
const envChild = "NETNS_TEST_CHILD"

func TestMain(m *testing.M) {
	if addr := os.Getenv(envChild); addr != "" {
		os.Exit(child(addr))
	}
	os.Exit(m.Run())
}

// child is the process in the namespace: it brings its loopback up,
// serves itself on 127.0.0.1, and tries the address outside, printing
// what happened.
func child(outside string) int {
	if err := LoopbackUp(); err != nil {
		os.Stdout.WriteString("loopback: " + err.Error() + "\n")
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.Stdout.WriteString("listen: " + err.Error() + "\n")
		return 1
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		os.Stdout.WriteString("own loopback: " + err.Error() + "\n")
		return 1
	}
	c.Close()
	os.Stdout.WriteString("own loopback: ok\n")
	reach(outside)
	if err := DropCapabilities(); err != nil {
		os.Stdout.WriteString("capabilities: " + err.Error() + "\n")
		return 0
	}
	tasks, _ := filepath.Glob("/proc/self/task/*/status")
	for _, task := range tasks {
		status, err := os.ReadFile(task)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(status), "\n") {
			if strings.HasPrefix(line, "CapAmb:") && strings.Trim(strings.TrimPrefix(line, "CapAmb:"), "\t 0") != "" {
				os.Stdout.WriteString("a thread keeps ambient capabilities: " + line + "\n")
			}
		}
	}
	return 0
}

// reach tries the address outside and prints what happened.
func reach(outside string) {
	if c, err := net.Dial("tcp", outside); err == nil {
		c.Close()
		os.Stdout.WriteString("outside: reached\n")
	} else {
		os.Stdout.WriteString("outside: " + err.Error() + "\n")
	}
}

// TestNamespace starts the test binary in a namespace of its own, as root
// and through a user namespace, and checks that it has a loopback of its
// own and cannot reach a server of this process on the machine's.
func TestNamespace(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	for _, userns := range []bool{false, true} {
		name := "plain"
		if userns {
			name = "user namespace"
		}
		t.Run(name, func(t *testing.T) {
			if !userns && os.Geteuid() != 0 {
				t.Skip("a network namespace alone needs root")
			}
			attr, err := SysProcAttr(userns)
			if err != nil {
				t.Fatal(err)
			}
			exe, err := os.Executable()
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(exe)
			cmd.Env = append(os.Environ(), envChild+"="+ln.Addr().String())
			cmd.SysProcAttr = attr
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if err != nil && !errors.As(err, &exit) {
				t.Skipf("no namespace can be made here: %v", err)
			}
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			got := string(out)
			t.Log(got)
			if !strings.Contains(got, "own loopback: ok\n") {
				t.Errorf("the namespace's own loopback does not work:\n%s", got)
			}
			if strings.Contains(got, "keeps ambient") {
				t.Errorf("the process could not drop its capabilities:\n%s", got)
			}
			if !strings.Contains(got, "outside: ") || strings.Contains(got, "outside: reached") {
				t.Errorf("a process in the namespace reached a server outside it:\n%s", got)
			}
		})
	}
}

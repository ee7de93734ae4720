package netgate_test

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/netgate"
)

// portMapped configures the gate for port mapping with fresh record and
// announcement folders, which it returns.
func portMapped(t *testing.T) (ports, listens string) {
	t.Helper()
	ports, listens = t.TempDir(), t.TempDir()
	netgate.Configure(netgate.Policy{PortDir: ports, ListenDir: listens})
	t.Cleanup(func() { netgate.Configure(netgate.Policy{}) })
	return ports, listens
}

// decoy listens on a real port of 127.0.0.1 for the whole test and returns
// it. Scripts under port mapping that use this port must neither collide
// with the decoy nor reach it.
func decoy(t *testing.T) (net.Listener, int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln, ln.Addr().(*net.TCPAddr).Port
}

// realPort is the port a listener really listens on.
func realPort(ln net.Listener) int { return ln.Addr().(*net.TCPAddr).Port }

// record reads the port record of 127.0.0.1:port in dir.
func record(t *testing.T, dir string, port int) (real, pid int) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("port-127.0.0.1_%d", port)))
	if err != nil {
		t.Fatalf("no port record: %v", err)
	}
	if _, err := fmt.Sscan(string(b), &real, &pid); err != nil {
		t.Fatalf("port record %q: %v", b, err)
	}
	return real, pid
}

func TestPortMapListenRecordsAndDialFollows(t *testing.T) {
	ports, listens := portMapped(t)
	_, p := decoy(t)
	addr := "127.0.0.1:" + strconv.Itoa(p)

	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("Listen(%s) beside a real listener on that port: %v", addr, err)
	}
	defer ln.Close()
	if realPort(ln) == p {
		t.Fatalf("listened on the script's port %d itself", p)
	}
	if real, pid := record(t, ports, p); real != realPort(ln) || pid != os.Getpid() {
		t.Errorf("record says port %d of process %d, want %d of %d", real, pid, realPort(ln), os.Getpid())
	}
	if got := netgate.Display(ln.Addr()); got != addr {
		t.Errorf("Display(listener) = %q, want %q", got, addr)
	}
	if _, err := os.Stat(filepath.Join(listens, netgate.ListenFileName(addr))); err != nil {
		t.Errorf("not announced under the script's address: %v", err)
	}

	for _, dial := range []string{addr, "localhost:" + strconv.Itoa(p)} {
		t.Run(dial, func(t *testing.T) {
			c, err := netgate.Dial("tcp", dial)
			if err != nil {
				t.Fatalf("Dial(%s): %v", dial, err)
			}
			defer c.Close()
			if got := netgate.Display(c.RemoteAddr()); got != addr {
				t.Errorf("Display(remote address) = %q, want %q", got, addr)
			}
			// The connection reached the mapped listener, not the decoy.
			s, err := ln.Accept()
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.RemoteAddr().String() != c.LocalAddr().String() {
				t.Errorf("the listener accepted %s, want the dialer %s", s.RemoteAddr(), c.LocalAddr())
			}
		})
	}
}

func TestPortMapDialWithoutRecordIsRefused(t *testing.T) {
	portMapped(t)
	// A real listener on the port shows that the gate dials nothing.
	_, p := decoy(t)
	addr := "127.0.0.1:" + strconv.Itoa(p)
	c, err := netgate.Dial("tcp", addr)
	if err == nil {
		c.Close()
		t.Fatalf("Dial(%s) with no record connected to %s", addr, c.RemoteAddr())
	}
	want := "dial tcp " + addr + ": connect: connection refused"
	if err.Error() != want {
		t.Errorf("Dial with no record:\n got %v\nwant %s", err, want)
	}
}

func TestPortMapSecondListenerIsRefused(t *testing.T) {
	portMapped(t)
	_, p := decoy(t)
	addr := "127.0.0.1:" + strconv.Itoa(p)
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for _, again := range []string{addr, "localhost:" + strconv.Itoa(p)} {
		second, err := netgate.Listen("tcp", again)
		if err == nil {
			second.Close()
			t.Fatalf("a second Listen(%s) succeeded on %s", again, second.Addr())
		}
		want := "listen tcp " + addr + ": bind: address already in use"
		if err.Error() != want {
			t.Errorf("second Listen(%s):\n got %v\nwant %s...", again, err, want)
		}
	}
}

func TestPortMapRestart(t *testing.T) {
	ports, _ := portMapped(t)
	_, p := decoy(t)
	addr := "127.0.0.1:" + strconv.Itoa(p)
	first, err := netgate.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c, err := netgate.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	first.Close()

	// The server ended; the next one takes the same address, and the same
	// real port.
	second, err := netgate.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("Listen after the first server ended: %v", err)
	}
	defer second.Close()
	if realPort(second) != realPort(first) {
		t.Errorf("the restarted server listens on port %d, want its former %d", realPort(second), realPort(first))
	}
	if real, _ := record(t, ports, p); real != realPort(second) {
		t.Errorf("record says port %d, want %d", real, realPort(second))
	}
	c, err = netgate.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("Dial after the restart: %v", err)
	}
	c.Close()
}

// TestPortMapStaleRecord checks a record left by a process that has ended,
// whose port another program took since: a dial is refused rather than
// reach that program, and a listen takes a new port.
func TestPortMapStaleRecord(t *testing.T) {
	ports, _ := portMapped(t)
	_, p := decoy(t)
	_, taken := decoy(t)
	addr := "127.0.0.1:" + strconv.Itoa(p)
	stale := fmt.Sprintf("%d %d\n", taken, endedPID(t))
	if err := os.WriteFile(filepath.Join(ports, fmt.Sprintf("port-127.0.0.1_%d", p)), []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}

	if c, err := netgate.Dial("tcp", addr); err == nil {
		c.Close()
		t.Fatalf("Dial(%s) followed a stale record to %s", addr, c.RemoteAddr())
	} else if !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("Dial(%s) with a stale record: %v, want connection refused", addr, err)
	}

	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("Listen(%s) with a stale record: %v", addr, err)
	}
	defer ln.Close()
	if realPort(ln) == taken {
		t.Fatalf("listened on the taken port %d", taken)
	}
	if real, pid := record(t, ports, p); real != realPort(ln) || pid != os.Getpid() {
		t.Errorf("record says port %d of process %d, want %d of %d", real, pid, realPort(ln), os.Getpid())
	}
}

// endedPID returns the process id of a process that has ended.
func endedPID(t *testing.T) int {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatalf("running a short process: %v", err)
	}
	return cmd.ProcessState.Pid()
}

func TestPortMapLeavesOtherAddressesAlone(t *testing.T) {
	ports, _ := portMapped(t)
	ln, err := netgate.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	if got := netgate.Display(ln.Addr()); got != addr {
		t.Errorf("Display(port 0 listener) = %q, want the real %q", got, addr)
	}
	entries, _ := os.ReadDir(ports)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "port-") {
			t.Errorf("a listen on port 0 left the record %s", e.Name())
		}
	}
	c, err := netgate.Dial("udp", "127.0.0.1:9")
	if err != nil {
		t.Fatalf("Dial(udp) under port mapping: %v", err)
	}
	defer c.Close()
	if got := c.RemoteAddr().String(); got != "127.0.0.1:9" {
		t.Errorf("a UDP dial went to %s, want 127.0.0.1:9 as written", got)
	}
}

package netgate

import (
	"bufio"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestRegistrar sends a supervisor's registrar the requests a script
// process makes, true and forged, from this process, and checks what it
// writes.
func TestRegistrar(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	_, realPort, _ := net.SplitHostPort(ln.Addr().String())
	listenDir, portDir := t.TempDir(), t.TempDir()
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	reg := &Registrar{Pid: os.Getpid(), ListenDir: listenDir, PortDir: portDir}
	go reg.Serve(os.NewFile(uintptr(fds[0]), "supervisor"))
	c := os.NewFile(uintptr(fds[1]), "script")
	defer c.Close()
	r := bufio.NewReader(c)
	tests := []struct {
		request string
		ok      bool
		file    string // a file the request makes, in listenDir or portDir
	}{
		{"listen tcp 127.0.0.1:12345 " + ln.Addr().String(), true, "listen-127.0.0.1_12345"},
		{"listen udp 127.0.0.1:5353 " + pc.LocalAddr().String(), true, "listen-127.0.0.1_5353"},
		{"listen tcp 127.0.0.1:2000 127.0.0.1:1", false, "listen-127.0.0.1_2000"},           // nobody listens there
		{"listen udp 127.0.0.1:2001 " + ln.Addr().String(), false, "listen-127.0.0.1_2001"}, // a TCP listener, not UDP
		{"listen tcp ../../x:1 " + ln.Addr().String(), false, ""},                           // not an address
		{"port 127.0.0.1 12345 " + realPort, false, "port-127.0.0.1_12345"},                 // without the lock
		{"lock", true, ""},
		{"port 127.0.0.1 12345 " + realPort, true, "port-127.0.0.1_12345"},
		{"port 127.0.0.1 12346 1", false, "port-127.0.0.1_12346"},         // nobody listens there
		{"port 10.1.2.3 12347 " + realPort, false, "port-10.1.2.3_12347"}, // not loopback
		{"unlock", true, ""},
		{"rm -rf /", false, ""},
	}
	for _, tt := range tests {
		c.WriteString(tt.request + "\n")
		reply, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("%s: %v", tt.request, err)
		}
		if ok := reply == "ok\n"; ok != tt.ok {
			t.Errorf("%s: answered %q", tt.request, strings.TrimSpace(reply))
		}
		if tt.file == "" {
			continue
		}
		dir := listenDir
		if strings.HasPrefix(tt.file, "port-") {
			dir = portDir
		}
		_, err = os.Stat(filepath.Join(dir, tt.file))
		if (err == nil) != tt.ok {
			t.Errorf("%s: %s exists: %v", tt.request, tt.file, err == nil)
		}
	}
	if rec, ok := readPortRecord(filepath.Join(portDir, "port-127.0.0.1_12345")); !ok || strconv.Itoa(rec.Port) != realPort || rec.PID != os.Getpid() {
		t.Errorf("the port record holds %+v", rec)
	}
}

// TestProcAddr parses addresses as /proc/net/tcp and tcp6 write them.
func TestProcAddr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0100007F:3039", "127.0.0.1:12345"},
		{"00000000:1F90", "0.0.0.0:8080"},
		{"00000000000000000000000001000000:0035", "[::1]:53"},
		{"0000000000000000FFFF00000100007F:3039", "127.0.0.1:12345"},
	}
	for _, tt := range tests {
		got, ok := procAddr(tt.in)
		if !ok || got.String() != tt.want {
			t.Errorf("procAddr(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

package netgate

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
)

// Port mapping isolates the programs of one test from those of others where
// only 127.0.0.1 is a usable loopback address (macOS, unless more addresses
// are added with "ifconfig lo0 alias"), so that the host map cannot give each
// test a host of its own.
//
// Under port mapping (Policy.PortDir set), a TCP listen on a loopback host
// with port P > 0 listens on that host with a free port R that the system
// chooses, and records P -> R in PortDir, a folder the programs of one test
// share. A dial to the host and P follows the record to R; with no record it
// fails as a dial to a port nobody listens on does. The script sees P
// throughout: in its listener's address, in the remote address of its
// connections to mapped listeners, and in the listen announcements.
//
// A record is the file PortDir/port-HOST_P (see portRecordName) holding
// "R PID\n": the real port and the process listening on it. It outlives
// the listener, as a listener's end cannot be observed; the PID tells a
// record of a live listener from a stale one:
//
//   - a listen on HOST:P with a record first tries R again. If R is free, the
//     listener takes it (a server restarted within a test keeps its port).
//     If R is in use and the recorded process still runs, the listen fails
//     with "address already in use", as a second listener on a real address
//     does. If that process has ended, another program took R meanwhile, and
//     the listener takes a new free port.
//   - a dial to HOST:P whose recorded process has ended is refused without
//     dialing R, which may by now belong to another test's program.
//
// Listens under one PortDir take a lock (lockPorts), so that two programs
// racing for the same HOST:P cannot both succeed.
//
// Only TCP is mapped; UDP addresses are used as the script writes them.

// EnvPortMapDir names the folder of port records; set, it turns port
// mapping on.
const EnvPortMapDir = "SOCKLAB_PORTMAP_DIR"

// portRecord is what a port record holds.
type portRecord struct {
	Port int // the port actually listened on
	PID  int // the process listening on it
}

// portRecordName is the name of the record of host:port, host being the
// host actually used (127.0.0.1 for localhost).
func portRecordName(host string, port int) string {
	return "port-" + fileSafe(net.JoinHostPort(host, strconv.Itoa(port)))
}

// readPortRecord reads the record at path; ok is false when there is none
// (or it cannot be read, which amounts to the same for a dial).
func readPortRecord(path string) (rec portRecord, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return portRecord{}, false
	}
	if _, err := fmt.Sscan(string(b), &rec.Port, &rec.PID); err != nil || rec.Port <= 0 {
		return portRecord{}, false
	}
	return rec, true
}

// writePortRecord writes rec at path through a temporary file and a
// rename, so that a reader never sees half a record.
func writePortRecord(path string, rec portRecord) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := os.WriteFile(tmp, fmt.Appendf(nil, "%d %d\n", rec.Port, rec.PID), 0o644); err != nil {
		return fmt.Errorf("recording a mapped port: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("recording a mapped port: %w", err)
	}
	return nil
}

// live reports whether the process that made the record still runs.
func (r portRecord) live() bool {
	p, err := os.FindProcess(r.PID)
	if err != nil {
		return false
	}
	defer p.Release()
	// EPERM: the process runs, but a confined script may not signal it.
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// portMapped reports whether real, a script's address after the host map,
// is subject to port mapping under p. If so, it returns the host to use
// (127.0.0.1 for localhost, so that records name each host one way) and the
// port the script asked for.
func (p Policy) portMapped(network, real string) (host string, asked int, ok bool) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return "", 0, false
	}
	host, port, err := net.SplitHostPort(real)
	if err != nil || p.PortDir == "" || !isLoopback(host) {
		return "", 0, false
	}
	asked, err = strconv.Atoi(port)
	if err != nil || asked <= 0 {
		return "", 0, false
	}
	return normalHost(host), asked, true
}

// listenMapped listens for a script that asked for host:asked under port
// mapping with records in dir.
func listenMapped(dir, network, host string, asked int) (net.Listener, error) {
	unlock, err := lockRecords(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	path := filepath.Join(dir, portRecordName(host, asked))
	if rec, ok := readPortRecord(path); ok {
		ln, err := net.Listen(network, net.JoinHostPort(host, strconv.Itoa(rec.Port)))
		switch {
		case err == nil:
			return keepMapped(ln, path, asked)
		case !errors.Is(err, syscall.EADDRINUSE) || rec.live():
			return nil, err
		}
		// The recorded listener has ended and its port went to another
		// program: take a new one.
	}
	ln, err := net.Listen(network, net.JoinHostPort(host, "0"))
	if err != nil {
		return nil, err
	}
	return keepMapped(ln, path, asked)
}

// keepMapped records ln, listening for a script that asked for port asked,
// at path and remembers to show its address with that port.
func keepMapped(ln net.Listener, path string, asked int) (net.Listener, error) {
	_, real, _ := net.SplitHostPort(ln.Addr().String())
	port, _ := strconv.Atoi(real)
	if err := recordPort(path, ln.Addr(), asked, port); err != nil {
		ln.Close()
		return nil, err
	}
	shownPorts.remember(ln.Addr().String(), asked)
	return ln, nil
}

// dialTarget returns the address to dial for a script that dials
// host:asked under port mapping with records in dir, or, when no live
// program listens there, the error of a refused connection.
func dialTarget(dir, network, host string, asked int) (string, error) {
	rec, ok := readPortRecord(filepath.Join(dir, portRecordName(host, asked)))
	if !ok || !rec.live() {
		return "", &net.OpError{Op: "dial", Net: network, Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	}
	return net.JoinHostPort(host, strconv.Itoa(rec.Port)), nil
}

// lockRecords takes the lock of the port records in dir: through the
// supervisor where it writes them, or here.
func lockRecords(dir string) (unlock func(), err error) {
	if ok, err := register("lock"); ok {
		if err != nil {
			return nil, fmt.Errorf("locking the port records: %w", err)
		}
		return func() { register("unlock") }, nil
	}
	return lockPorts(dir)
}

// recordPort records that this process listens on port (at addr) for a
// script that asked for asked: through the supervisor where it writes the
// records, or here at path.
func recordPort(path string, addr net.Addr, asked, port int) error {
	host, _, _ := net.SplitHostPort(addr.String())
	if ok, err := register(fmt.Sprintf("port %s %d %d", host, asked, port)); ok {
		if err != nil {
			return fmt.Errorf("recording a mapped port: %w", err)
		}
		return nil
	}
	return writePortRecord(path, portRecord{Port: port, PID: os.Getpid()})
}

// portsLock serialises the listens of this process under port mapping;
// lockPorts adds a lock between processes.
var portsLock sync.Mutex

// portTable maps the real address of a mapped listener ("127.0.0.1:40123")
// to the port the script asked for, so that Display shows that port. It
// holds the listeners of this process and those its connections reached.
// An entry outlives its listener: were the system to reuse the port for
// another socket of this process, that socket would show the mapped port.
type portTable struct {
	mu    sync.RWMutex
	ports map[string]int
}

var shownPorts portTable

func (t *portTable) remember(real string, asked int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.ports == nil {
		t.ports = map[string]int{}
	}
	t.ports[real] = asked
}

// shown returns the port the script asked for when real is a mapped
// address.
func (t *portTable) shown(real string) (int, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	p, ok := t.ports[real]
	return p, ok
}

func (t *portTable) reset() {
	t.mu.Lock()
	t.ports = nil
	t.mu.Unlock()
}

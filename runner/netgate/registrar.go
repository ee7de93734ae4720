package netgate

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// A script process does not write its listen announcements and port
// records itself: a script that got around the gate could forge them, and
// a supervisor waits on them. It asks its supervisor, over a socket the
// supervisor made before starting it (EnvRegistrar names its descriptor),
// and the supervisor writes them once it has seen, in the kernel's table
// of the process's sockets, that the process listens where it says. The
// folders are then read-only to the script process (see package confine).
// A process started with no such socket writes them itself.
//
// The requests are lines, each answered by "ok" or "error WHY":
//
//	listen NETWORK ADDR GOT   announce that the process listens on GOT for ADDR (host as the script wrote it, port as it sees it)
//	lock                      take the lock of the port records
//	port HOST ASKED REAL      record that the process listens on HOST:REAL for HOST:ASKED
//	unlock                    release the lock

// EnvRegistrar names the descriptor, in a script process, of its socket
// to the supervisor that writes its announcements and port records.
const EnvRegistrar = "SOCKLAB_REGISTRAR_FD"

// registrar is the script process's end of the socket, if it has one.
var registrar struct {
	mu sync.Mutex
	f  *os.File
	r  *bufio.Reader
}

// OpenRegistrar takes the socket to the supervisor named in the
// environment, if there is one, and reports whether there is: from then on
// the supervisor writes this process's announcements and port records.
func OpenRegistrar() bool {
	fd, err := strconv.Atoi(os.Getenv(EnvRegistrar))
	if err != nil || fd < 3 {
		return false
	}
	f := os.NewFile(uintptr(fd), "registrar")
	if f == nil {
		return false
	}
	registrar.mu.Lock()
	registrar.f, registrar.r = f, bufio.NewReader(f)
	registrar.mu.Unlock()
	return true
}

// register sends one request to the supervisor and returns its answer;
// ok is false when this process has no supervisor that registers.
func register(request string) (ok bool, err error) {
	registrar.mu.Lock()
	defer registrar.mu.Unlock()
	if registrar.f == nil {
		return false, nil
	}
	if _, err := registrar.f.WriteString(request + "\n"); err != nil {
		return true, fmt.Errorf("asking the supervisor: %w", err)
	}
	line, err := registrar.r.ReadString('\n')
	if err != nil {
		return true, fmt.Errorf("asking the supervisor: %w", err)
	}
	line = strings.TrimSuffix(line, "\n")
	if line == "ok" {
		return true, nil
	}
	return true, errors.New(strings.TrimPrefix(line, "error "))
}

// Registrar is the supervisor's side: it answers the requests of one
// script process.
type Registrar struct {
	Pid       int    // the script process
	ListenDir string // where announcements go ("" for nowhere)
	PortDir   string // where port records go ("" for no port mapping)

	unlock func() // set while the process holds the lock
}

// Serve answers the requests that arrive on c until the process closes
// its end, then releases the lock if the process still held it.
func (g *Registrar) Serve(c *os.File) {
	defer c.Close()
	defer func() {
		if g.unlock != nil {
			g.unlock()
		}
	}()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		answer := "ok"
		if err := g.do(strings.Fields(sc.Text())); err != nil {
			answer = "error " + strings.ReplaceAll(err.Error(), "\n", " ")
		}
		if _, err := c.WriteString(answer + "\n"); err != nil {
			return
		}
	}
}

func (g *Registrar) do(req []string) error {
	if len(req) == 0 {
		return errors.New("empty request")
	}
	switch {
	case req[0] == "listen" && len(req) == 4:
		return g.listen(req[1], req[2], req[3])
	case req[0] == "lock" && len(req) == 1 && g.PortDir != "":
		if g.unlock != nil {
			return errors.New("the lock is held already")
		}
		unlock, err := lockPorts(g.PortDir)
		g.unlock = unlock
		return err
	case req[0] == "unlock" && len(req) == 1 && g.unlock != nil:
		g.unlock()
		g.unlock = nil
		return nil
	case req[0] == "port" && len(req) == 4 && g.unlock != nil:
		return g.port(req[1], req[2], req[3])
	}
	return fmt.Errorf("request %q refused", strings.Join(req, " "))
}

// listen writes the announcement of addr, once the process is seen to
// listen on got.
func (g *Registrar) listen(network, addr, got string) error {
	if g.ListenDir == "" {
		return nil
	}
	name := ListenFileName(addr)
	if _, _, err := net.SplitHostPort(addr); err != nil || strings.ContainsAny(name, `/\`) {
		return fmt.Errorf("%q is not an address", addr)
	}
	if err := listensOn(g.Pid, network, got); err != nil {
		return err
	}
	tmp := filepath.Join(g.ListenDir, "."+name+".tmp")
	if err := os.WriteFile(tmp, []byte(got+"\n"), 0o644); err != nil {
		return fmt.Errorf("announcing %s: %w", addr, err)
	}
	return os.Rename(tmp, filepath.Join(g.ListenDir, name))
}

// port writes the record of host:asked, once the process is seen to listen
// on host:real.
func (g *Registrar) port(host, asked, real string) error {
	p, err1 := strconv.Atoi(asked)
	r, err2 := strconv.Atoi(real)
	if err1 != nil || err2 != nil || p <= 0 || r <= 0 || !isLoopback(host) || host == "localhost" {
		return fmt.Errorf("%s %s %s is not a port record", host, asked, real)
	}
	if err := listensOn(g.Pid, "tcp", net.JoinHostPort(host, real)); err != nil {
		return err
	}
	return writePortRecord(filepath.Join(g.PortDir, portRecordName(host, p)), portRecord{Port: r, PID: g.Pid})
}

package hint

import (
	"bufio"
	"net"
	"reflect"
	"sync"
	"unsafe"

	"github.com/socklab/socklab/runner/netgate"
)

// A Site is one receive call in a script's source.
type Site struct {
	File string // as messages name it: "client.go"
	Line int
	// Delim is what the receive waits for at the end of a message: "\n"
	// for RecvLine, ReadString('\n') and Scan, "\x00" for ReadNUL; ""
	// when it waits for no delimiter (Recv, RecvMsg) or for one the
	// source does not spell out.
	Delim string
	// What says what a receive with no delimiter waits for ("any bytes",
	// "a message sent with SendMsg").
	What string
}

// Sites are the receive sites of one script that the front end marked,
// numbered from 1 in the order it marked them: the rewritten source names
// each by its number (see At), and where the script looks at the concrete
// type of its connections or listeners. The front end fills them wherever
// it runs, and Use hands them to the hints and the network gate of the
// script's process.
type Sites struct {
	// Receives is set when the stall hints are on: the front end then
	// marks the receive sites (List).
	Receives bool
	List     []Site
	// Concrete is where the script first looks at the concrete type of a
	// connection (asserts it, switches on it, hands one on as an any),
	// which no tap must then wrap: the gate hands out Go's own connections
	// (see netgate.KeepConns).
	Concrete Look
	// Listeners is where the script first looks at the concrete type of a
	// listener, which the gate must then hand out as Go's own (see
	// netgate.KeepListeners).
	Listeners Look
}

// A Look is a place where a script looks at the concrete type of a value
// of the network gate's, as the notes that name it write it.
type Look struct {
	At   string // "main.go:14:9"; "" when the script does not look
	What string // "asserts a connection's type (*net.TCPConn)", "hands a connection to fmt.Printf"
}

// Seen reports whether the script looks at all.
func (l Look) Seen() bool { return l.At != "" }

// Add records a receive site and returns the number At takes for it.
func (s *Sites) Add(site Site) int {
	s.List = append(s.List, site)
	return len(s.List)
}

// KeepConcrete records that the script looks at the concrete type of its
// connections at l; the first place recorded is the one the notes name.
func (s *Sites) KeepConcrete(l Look) {
	if !s.Concrete.Seen() {
		s.Concrete = l
	}
}

// KeepListeners records that the script looks at the concrete type of its
// listeners at l; the first place recorded is the one the notes name.
func (s *Sites) KeepListeners(l Look) {
	if !s.Listeners.Seen() {
		s.Listeners = l
	}
}

var sites struct {
	sync.RWMutex
	list []Site
}

// Use makes s the sites of this process's script, before it runs, and
// has the network gate hand out Go's own connections and listeners where
// the script looks at their concrete type.
func Use(s *Sites) {
	sites.Lock()
	sites.list = s.List
	sites.Unlock()
	netgate.KeepConns(s.Concrete.Seen())
	netgate.KeepListeners(s.Listeners.Seen())
}

// SiteOf returns the site numbered n in the sites in use.
func SiteOf(n int) (Site, bool) { return siteOf(int32(n)) }

func siteOf(n int32) (Site, bool) {
	sites.RLock()
	defer sites.RUnlock()
	if n < 1 || int(n) > len(sites.list) {
		return Site{}, false
	}
	return sites.list[n-1], true
}

// receivers maps each receiver a script has received through (a
// *sock.Conn, *bufio.Reader, ...) to the connection under it; nil when
// there is none the hints see.
var receivers struct {
	sync.Mutex
	m map[any]*Conn
}

// At tells the hints that the statement about to run receives through
// recv, at site: rewritten source calls it before each receive.
func At(recv any, site int) {
	receivers.Lock()
	c, ok := receivers.m[recv]
	if !ok {
		if receivers.m == nil {
			receivers.m = map[any]*Conn{}
		}
		c = connUnder(recv)
		receivers.m[recv] = c
	}
	receivers.Unlock()
	if c == nil {
		return
	}
	c.site.Store(int32(site))
	if c.eof.Load() {
		c.afterEOF.Add(1)
		if !watched.running.Load() {
			watched.kick()
		}
	}
}

// forget drops the receivers of connections that have closed.
func forget() {
	receivers.Lock()
	defer receivers.Unlock()
	for r, c := range receivers.m {
		if c == nil || c.closed.Load() {
			delete(receivers.m, r)
		}
	}
}

// connUnder finds the Conn under a receiver: through NetConn methods (sock's
// Conn, the gate's wrappers), the reader under a bufio.Reader or Scanner or
// a frame.Reader, and a wrapper's embedded net.Conn.
func connUnder(x any) *Conn {
	for range 16 {
		switch v := x.(type) {
		case nil:
			return nil
		case *Conn:
			return v
		case interface{ NetConn() net.Conn }:
			x = v.NetConn()
			continue
		case *bufio.Reader:
			x = field(v, "rd")
			continue
		case *bufio.Scanner:
			x = field(v, "r")
			continue
		}
		if next := field(x, "src"); next != nil { // frame.Reader
			x = next
			continue
		}
		if next := field(x, "Conn"); next != nil { // a wrapper that embeds its net.Conn
			x = next
			continue
		}
		return nil
	}
	return nil
}

// field returns the interface-typed field name of the struct that x points
// to, exported or not, or nil.
func field(x any, name string) any {
	v := reflect.ValueOf(x)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return nil
	}
	// An unexported field's value cannot be taken out directly; read it
	// through its address, as the package that declares it would.
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
}

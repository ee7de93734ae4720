// Package netgate is the one place every listen and dial of a script passes,
// whether the script uses socklab's sock package or Go's net package.
//
// The gate applies the network policy (loopback only unless allowed), maps
// addresses (so that lessons which all say 127.0.0.1:12345 can run side by
// side in tests: by host, or by port where only 127.0.0.1 is usable, see
// portmap.go), announces each listening address to a supervisor that waits
// for it, and turns system errors into messages with a hint for students.
package netgate

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Environment variables through which a supervisor configures the gate of
// the script process it starts.
const (
	EnvAllowNet  = "SOCKLAB_ALLOW_NET"  // "1": any address may be used
	EnvHostMap   = "SOCKLAB_HOSTMAP"    // "127.0.0.1=127.0.4.7,...": hosts to substitute
	EnvListenDir = "SOCKLAB_LISTEN_DIR" // a folder in which each listening address is announced
)

// Policy says what the gate lets through and how it rewrites addresses.
type Policy struct {
	AllowAll  bool              // any address, not only loopback
	HostMap   map[string]string // host as the script says it -> host actually used
	ListenDir string            // where to announce listening addresses ("" for nowhere)
	PortDir   string            // where to record mapped ports ("" for no port mapping, see portmap.go)
}

var (
	mu     sync.RWMutex
	policy = Policy{}
)

// Configure replaces the gate's policy, forgetting the ports mapped under
// the previous one.
func Configure(p Policy) {
	mu.Lock()
	policy = p
	mu.Unlock()
	shownPorts.reset()
}

// FromEnv reads a policy from the environment variables above.
func FromEnv() (Policy, error) {
	p := Policy{
		AllowAll:  os.Getenv(EnvAllowNet) == "1",
		ListenDir: os.Getenv(EnvListenDir),
		PortDir:   os.Getenv(EnvPortMapDir),
	}
	m, err := ParseHostMap(os.Getenv(EnvHostMap))
	if err != nil {
		return p, err
	}
	p.HostMap = m
	return p, nil
}

// ParseHostMap parses "from=to,from=to".
func ParseHostMap(s string) (map[string]string, error) {
	if s == "" {
		return nil, nil
	}
	m := map[string]string{}
	for _, pair := range strings.Split(s, ",") {
		from, to, ok := strings.Cut(pair, "=")
		if !ok || from == "" || to == "" {
			return nil, fmt.Errorf("%s: %q is not from=to", EnvHostMap, pair)
		}
		m[from] = to
	}
	return m, nil
}

// FormatHostMap is the inverse of ParseHostMap.
func FormatHostMap(m map[string]string) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}

func current() Policy {
	mu.RLock()
	defer mu.RUnlock()
	return policy
}

// Listen listens on addr after checking it against the policy.
func Listen(network, addr string) (net.Listener, error) {
	return ListenWith(context.Background(), nil, network, addr)
}

// ListenWith is Listen through lc's settings (nil for none), bounded by ctx.
func ListenWith(ctx context.Context, lc *net.ListenConfig, network, addr string) (net.Listener, error) {
	ln, err := listenGated(ctx, lc, network, addr)
	if err != nil {
		return nil, err
	}
	return tapListener(network, ln), nil
}

// listenGated is ListenWith without the tap.
func listenGated(ctx context.Context, lc *net.ListenConfig, network, addr string) (net.Listener, error) {
	real, err := admit("listen on", network, addr)
	if err != nil {
		return nil, err
	}
	ln, err := listen(ctx, lc, network, real)
	if err != nil {
		return nil, scriptError(network, addr, real, err)
	}
	if err := announce(network, addr, ln.Addr()); err != nil {
		ln.Close()
		return nil, err
	}
	return ln, nil
}

// listen listens on real, the address to use, through the port map when it
// applies.
func listen(ctx context.Context, lc *net.ListenConfig, network, real string) (net.Listener, error) {
	p := current()
	if host, asked, ok := p.portMapped(network, real); ok {
		return listenMapped(p.PortDir, network, host, asked)
	}
	if lc == nil {
		lc = &net.ListenConfig{}
	}
	return lc.Listen(ctx, network, real)
}

// ListenPacket is Listen for datagram networks (udp).
func ListenPacket(network, addr string) (net.PacketConn, error) {
	return ListenPacketWith(context.Background(), nil, network, addr)
}

// ListenPacketWith is ListenPacket through lc's settings (nil for none).
func ListenPacketWith(ctx context.Context, lc *net.ListenConfig, network, addr string) (net.PacketConn, error) {
	real, err := admit("listen on", network, addr)
	if err != nil {
		return nil, err
	}
	if lc == nil {
		lc = &net.ListenConfig{}
	}
	pc, err := lc.ListenPacket(ctx, network, real)
	if err != nil {
		return nil, scriptError(network, addr, real, err)
	}
	if err := announce(network, addr, pc.LocalAddr()); err != nil {
		pc.Close()
		return nil, err
	}
	return pc, nil
}

// Dial connects to addr after checking it against the policy.
func Dial(network, addr string) (net.Conn, error) {
	return DialContext(context.Background(), network, addr)
}

// DialTimeout is Dial that gives up after d.
func DialTimeout(network, addr string, d time.Duration) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return DialContext(ctx, network, addr)
}

// DialContext is Dial bounded by ctx; it fits http.Transport.DialContext.
func DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	return DialWith(ctx, nil, network, addr)
}

// DialWith is DialContext through d's settings (timeout, keep-alive, local
// address, control function; nil for none).
func DialWith(ctx context.Context, d *net.Dialer, network, addr string) (net.Conn, error) {
	c, err := dialGated(ctx, d, network, addr)
	if err != nil {
		return nil, err
	}
	return tapConn(network, c), nil
}

// dialGated is DialWith without the tap.
func dialGated(ctx context.Context, d *net.Dialer, network, addr string) (net.Conn, error) {
	real, err := admit("connect to", network, addr)
	if err != nil {
		return nil, err
	}
	p := current()
	host, asked, mapped := p.portMapped(network, real)
	if mapped {
		if real, err = dialTarget(p.PortDir, network, host, asked); err != nil {
			return nil, scriptError(network, addr, "", err)
		}
	}
	if d == nil {
		d = &net.Dialer{}
	}
	c, err := d.DialContext(ctx, network, real)
	if err != nil {
		return nil, scriptError(network, addr, real, err)
	}
	if mapped {
		shownPorts.remember(c.RemoteAddr().String(), asked)
	}
	return c, nil
}

// admit checks addr against the policy and returns the address to use.
func admit(op, network, addr string) (string, error) {
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
	default:
		if unknownToGo(network) {
			return addr, nil // Go's net fails with its own error, dial foo: unknown network foo
		}
		return "", &Error{Op: op, Addr: addr, Err: fmt.Errorf("network %q is not supported", network),
			Hint: `use "tcp" (or "udp")`}
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", addrError(op, network, err)
	}
	p := current()
	if to, ok := localSystem(op, network, host); ok && !p.AllowAll {
		host = to
	}
	if !p.AllowAll && !isLoopback(host) {
		hint := "use 127.0.0.1 (this computer), or run socklab with --allow-net to reach other hosts"
		if op == "listen on" && (host == "" || host == "0.0.0.0" || host == "::") {
			hint = "listening on every network is refused by default: use 127.0.0.1, or run socklab with --allow-net"
		}
		return "", &Error{Op: op, Addr: addr, Err: fmt.Errorf("%s is not a loopback address", displayHost(host)), Hint: hint}
	}
	if to, ok := p.HostMap[normalHost(host)]; ok {
		host = to
	}
	return net.JoinHostPort(host, port), nil
}

// unknownToGo reports whether network is none that Go's net knows (tcp,
// udp, unix and their kinds, ip:proto): net fails with such a network
// before it opens anything, so the gate hands it on for Go's own error.
func unknownToGo(network string) bool {
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixgram", "unixpacket":
		return false
	}
	afnet, _, found := strings.Cut(network, ":")
	return !found || afnet != "ip" && afnet != "ip4" && afnet != "ip6"
}

func displayHost(h string) string {
	if h == "" {
		return `"" (every network)`
	}
	return h
}

func normalHost(h string) string {
	if h == "localhost" {
		return "127.0.0.1"
	}
	return h
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// Display returns the address a script should see for a, undoing the host
// and port maps so that a lesson remapped for a test still prints
// 127.0.0.1:12345.
func Display(a net.Addr) string {
	if a == nil {
		return ""
	}
	s := a.String()
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return s
	}
	if asked, ok := shownPorts.shown(s); ok {
		port = strconv.Itoa(asked)
		s = net.JoinHostPort(host, port)
	}
	p := current()
	for from, to := range p.HostMap {
		if to == host && from != "localhost" {
			return net.JoinHostPort(from, port)
		}
	}
	return s
}

// announce tells a waiting supervisor that the script listens on addr, by
// creating a file named after the address in the policy's ListenDir: the
// host as the script wrote it, the port as the script sees it (the port the
// system chose when the script asked for port 0). Where the supervisor
// writes the announcements (see registrar.go), a refusal of its is an
// error of the listen.
func announce(network, asked string, got net.Addr) error {
	dir := current().ListenDir
	if dir == "" {
		return nil
	}
	host, port, err := net.SplitHostPort(asked)
	if err != nil {
		return nil
	}
	if _, shownPort, err := net.SplitHostPort(Display(got)); err == nil {
		port = shownPort
	}
	addr := net.JoinHostPort(normalHost(host), port)
	if ok, err := register("listen " + network + " " + addr + " " + got.String()); ok {
		return err
	}
	name := ListenFileName(addr)
	// Write to a temporary name and rename, so a watcher never sees a half file.
	tmp := filepath.Join(dir, "."+name+".tmp")
	if err := os.WriteFile(tmp, []byte(got.String()+"\n"), 0o644); err == nil {
		os.Rename(tmp, filepath.Join(dir, name))
	}
	return nil
}

// ListenFileName is the name under which a listening address is announced.
func ListenFileName(addr string) string {
	return "listen-" + fileSafe(addr)
}

// fileSafe writes an address as part of a file name: "127.0.0.1_12345",
// "__1_12345" for [::1]:12345.
func fileSafe(addr string) string {
	return strings.NewReplacer(":", "_", "[", "", "]", "").Replace(addr)
}

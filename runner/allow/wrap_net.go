package allow

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"maps"
	"net"
	"net/http"
	"net/rpc"
	"net/rpc/jsonrpc"
	"net/smtp"
	"net/textproto"
	"reflect"
	"slices"
	"time"

	ghttp "github.com/socklab/socklab/runner/allow/gated/http"
	ghttptest "github.com/socklab/socklab/runner/allow/gated/httptest"
	gnet "github.com/socklab/socklab/runner/allow/gated/net"
	"github.com/socklab/socklab/runner/netgate"
)

// netWrappers returns the network functions and types of the standard
// library as scripts get them: every listen and dial passes the network
// gate.
func netWrappers() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		"net": {
			"Listen":       reflect.ValueOf(netgate.Listen),
			"ListenPacket": reflect.ValueOf(listenPacket),
			"Dial":         reflect.ValueOf(dial),
			"DialTimeout":  reflect.ValueOf(dialTimeout),
			"ListenTCP":    reflect.ValueOf(listenTCP),
			"DialTCP":      reflect.ValueOf(dialTCP),
			"ListenUDP":    reflect.ValueOf(listenUDP),
			"DialUDP":      reflect.ValueOf(dialUDP),
			"Dialer":       reflect.ValueOf((*gnet.Dialer)(nil)),
			"ListenConfig": reflect.ValueOf((*gnet.ListenConfig)(nil)),
			"UDPConn":      reflect.ValueOf((*gnet.UDPConn)(nil)),
		},
		"net/http": {
			"ListenAndServe":    reflect.ValueOf(httpListenAndServe),
			"ListenAndServeTLS": reflect.ValueOf(httpListenAndServeTLS),
			"Server":            reflect.ValueOf((*ghttp.Server)(nil)),
			"Transport":         reflect.ValueOf((*ghttp.Transport)(nil)),
			"Dir":               reflect.ValueOf((*ghttp.Dir)(nil)),
			"DefaultTransport":  reflect.ValueOf(&defaultTransport).Elem(),
		},
		"net/http/httptest": {
			"NewServer":          reflect.ValueOf(ghttptest.NewServer),
			"NewUnstartedServer": reflect.ValueOf(ghttptest.NewUnstartedServer),
			"NewTLSServer":       reflect.ValueOf(ghttptest.NewTLSServer),
			"Server":             reflect.ValueOf((*ghttptest.Server)(nil)),
		},
		"crypto/tls": {
			"Dial":            reflect.ValueOf(tlsDial),
			"DialWithDialer":  reflect.ValueOf(tlsDialWithDialer),
			"Listen":          reflect.ValueOf(tlsListen),
			"LoadX509KeyPair": guard("open", tls.LoadX509KeyPair, 0, 1),
		},
		"net/rpc": {
			"Dial":         reflect.ValueOf(rpcDial),
			"DialHTTP":     reflect.ValueOf(func(network, addr string) (*rpc.Client, error) { return rpcDialHTTP(network, addr, rpc.DefaultRPCPath) }),
			"DialHTTPPath": reflect.ValueOf(rpcDialHTTP),
		},
		"net/rpc/jsonrpc": {"Dial": reflect.ValueOf(func(network, addr string) (*rpc.Client, error) {
			c, err := netgate.Dial(network, addr)
			if err != nil {
				return nil, err
			}
			return jsonrpc.NewClient(c), nil
		})},
		"net/smtp": {"Dial": reflect.ValueOf(func(addr string) (*smtp.Client, error) {
			c, err := netgate.Dial("tcp", addr)
			if err != nil {
				return nil, err
			}
			host, _, _ := net.SplitHostPort(addr)
			return smtp.NewClient(c, host)
		})},
		"net/textproto": {"Dial": reflect.ValueOf(func(network, addr string) (*textproto.Conn, error) {
			c, err := netgate.Dial(network, addr)
			if err != nil {
				return nil, err
			}
			return textproto.NewConn(c), nil
		})},
	}
}

// gatedTypes maps each type a script gets in place of Go's ("net/http.Server")
// to the value that stands for it in the symbol tables.
func gatedTypes() map[string]reflect.Value {
	out := map[string]reflect.Value{}
	for pkg, m := range netWrappers() {
		for name, v := range m {
			if kindOf(name, v) == "type" {
				out[pkg+"."+name] = v
			}
		}
	}
	return out
}

// routed lists the wrapped symbols that need no wrapper of their own: they
// pass a gate that Install sets for the whole process (Go's default
// resolver and HTTP transport), or that socklab's helpers pass themselves.
var routed = map[string]bool{
	"net.DefaultResolver": true, "net.LookupAddr": true, "net.LookupCNAME": true, "net.LookupHost": true,
	"net.LookupIP": true, "net.LookupMX": true, "net.LookupNS": true, "net.LookupPort": true, "net.LookupSRV": true,
	"net.LookupTXT": true, "net.ResolveIPAddr": true, "net.ResolveTCPAddr": true, "net.ResolveUDPAddr": true,
	"net/http.DefaultClient": true, "net/http.Get": true, "net/http.Head": true, "net/http.Post": true,
	"net/http.PostForm":                             true,
	"github.com/socklab/socklab/stdlib/sock.Listen": true, "github.com/socklab/socklab/stdlib/sock.Dial": true,
	"github.com/socklab/socklab/stdlib/sock.Connect": true, "github.com/socklab/socklab/stdlib/sock.DialTimeout": true,
}

// defaultTransport is http.DefaultTransport as scripts see it: the same
// transport, as socklab's Transport type.
var defaultTransport http.RoundTripper

// Install sets the gates that hold for the whole script process: Go's
// default HTTP transport dials through the network gate, and, unless
// --allow-net is given, name lookups read the hosts file only.
func Install(f Flags) {
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		t.DialContext = netgate.DialContext
	}
	defaultTransport = ghttp.DefaultTransport()
	if !f.Net {
		netgate.GateDNS()
	}
}

func listenPacket(network, addr string) (net.PacketConn, error) {
	pc, err := netgate.ListenPacket(network, addr)
	if err != nil {
		return nil, err
	}
	return gnet.PacketConn(pc), nil
}

func dial(network, addr string) (net.Conn, error) {
	c, err := netgate.Dial(network, addr)
	if err != nil {
		return nil, err
	}
	return gnet.Conn(c), nil
}

func dialTimeout(network, addr string, d time.Duration) (net.Conn, error) {
	c, err := netgate.DialTimeout(network, addr, d)
	if err != nil {
		return nil, err
	}
	return gnet.Conn(c), nil
}

func listenTCP(network string, laddr *net.TCPAddr) (*net.TCPListener, error) {
	if err := kindError("listen", network, tcpKinds, nil, tcpAddr(laddr), false); err != nil {
		return nil, err
	}
	return netgate.ListenTCP(network, tcpString(laddr))
}

func dialTCP(network string, laddr, raddr *net.TCPAddr) (*net.TCPConn, error) {
	if err := kindError("dial", network, tcpKinds, tcpAddr(laddr), tcpAddr(raddr), raddr == nil); err != nil {
		return nil, err
	}
	d := &net.Dialer{}
	if laddr != nil {
		d.LocalAddr = laddr
	}
	return netgate.DialTCP(context.Background(), d, network, tcpString(raddr))
}

func listenUDP(network string, laddr *net.UDPAddr) (*gnet.UDPConn, error) {
	if err := kindError("listen", network, udpKinds, nil, udpAddr(laddr), false); err != nil {
		return nil, err
	}
	pc, err := netgate.ListenPacket(network, udpString(laddr))
	if err != nil {
		return nil, err
	}
	return (*gnet.UDPConn)(pc.(*net.UDPConn)), nil
}

func dialUDP(network string, laddr, raddr *net.UDPAddr) (*gnet.UDPConn, error) {
	if err := kindError("dial", network, udpKinds, udpAddr(laddr), udpAddr(raddr), raddr == nil); err != nil {
		return nil, err
	}
	d := &net.Dialer{}
	if laddr != nil {
		d.LocalAddr = laddr
	}
	c, err := netgate.DialWith(context.Background(), d, network, udpString(raddr))
	if err != nil {
		return nil, err
	}
	return (*gnet.UDPConn)(c.(*net.UDPConn)), nil
}

func tcpString(a *net.TCPAddr) string {
	if a == nil {
		return ":0"
	}
	return a.String()
}

func udpString(a *net.UDPAddr) string {
	if a == nil {
		return ":0"
	}
	return a.String()
}

func httpListenAndServe(addr string, h http.Handler) error {
	return (&ghttp.Server{Addr: addr, Handler: h}).ListenAndServe()
}

func httpListenAndServeTLS(addr, cert, key string, h http.Handler) error {
	return (&ghttp.Server{Addr: addr, Handler: h}).ListenAndServeTLS(cert, key)
}

func tlsDial(network, addr string, config *tls.Config) (*tls.Conn, error) {
	return tlsDialWithDialer(new(gnet.Dialer), network, addr, config)
}

// tlsDialWithDialer dials through d, socklab's net.Dialer, then completes
// the TLS handshake as tls.DialWithDialer does.
func tlsDialWithDialer(d *gnet.Dialer, network, addr string, config *tls.Config) (*tls.Conn, error) {
	c, err := d.Dial(network, addr)
	if err != nil {
		return nil, err
	}
	if config == nil {
		config = &tls.Config{}
	}
	if config.ServerName == "" {
		config = config.Clone()
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			host = addr
		}
		config.ServerName = host
	}
	conn := tls.Client(c, config)
	if d.Timeout != 0 {
		conn.SetDeadline(time.Now().Add(d.Timeout))
	}
	if err := conn.Handshake(); err != nil {
		c.Close()
		return nil, err
	}
	conn.SetDeadline(time.Time{})
	return conn, nil
}

func tlsListen(network, addr string, config *tls.Config) (net.Listener, error) {
	if config == nil || len(config.Certificates) == 0 && config.GetCertificate == nil && config.GetConfigForClient == nil {
		return nil, errors.New("tls: neither Certificates, GetCertificate, nor GetConfigForClient set in Config")
	}
	ln, err := netgate.Listen(network, addr)
	if err != nil {
		return nil, err
	}
	return tls.NewListener(ln, config), nil
}

func rpcDial(network, addr string) (*rpc.Client, error) {
	c, err := netgate.Dial(network, addr)
	if err != nil {
		return nil, err
	}
	return rpc.NewClient(c), nil
}

// rpcDialHTTP connects to an RPC server at addr through the gate, then
// asks it to switch the connection to RPC with an HTTP CONNECT, the
// protocol of rpc.DialHTTPPath.
func rpcDialHTTP(network, addr, path string) (*rpc.Client, error) {
	c, err := netgate.Dial(network, addr)
	if err != nil {
		return nil, err
	}
	io.WriteString(c, "CONNECT "+path+" HTTP/1.0\n\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), &http.Request{Method: "CONNECT"})
	const connected = "200 Connected to Go RPC"
	if err == nil && resp.Status == connected {
		return rpc.NewClient(c), nil
	}
	if err == nil {
		err = errors.New("unexpected HTTP response: " + resp.Status)
	}
	c.Close()
	return nil, &net.OpError{Op: "dial-http", Net: network + " " + addr, Addr: nil, Err: err}
}

// wrappers returns every wrapper, by package import path.
func wrappers() map[string]map[string]reflect.Value {
	out := map[string]map[string]reflect.Value{"reflect": reflectWrappers(Flags{})}
	for _, g := range wrapperGroups {
		for pkg, m := range g.build() {
			if out[pkg] == nil {
				out[pkg] = map[string]reflect.Value{}
			}
			maps.Copy(out[pkg], m)
		}
	}
	return out
}

// wrapperGroups build the wrappers of the packages each names; a later
// group overrides an earlier one where both wrap a package (net/http).
// Each is built only for a script importing one of its packages: the file
// wrappers, made with reflect.MakeFunc, cost a script that uses no file
// function a tenth of a millisecond of its start.
var wrapperGroups = []struct {
	pkgs  []string
	build func() map[string]map[string]reflect.Value
}{
	{[]string{"os", "io/ioutil", "path/filepath", "go/parser", "archive/zip", "debug/elf", "debug/macho", "debug/pe", "debug/plan9obj", "debug/buildinfo", "text/template", "html/template", "net/http"}, fileWrappers},
	{[]string{"net", "net/http", "net/http/httptest", "crypto/tls", "net/rpc", "net/rpc/jsonrpc", "net/smtp", "net/textproto"}, netWrappers},
	{[]string{"runtime"}, runtimeWrappers},
}

// wrappersOf returns the wrappers of one package for a script run with f.
func wrappersOf(pkg string, f Flags) map[string]reflect.Value {
	if pkg == "reflect" {
		return reflectWrappers(f)
	}
	out := map[string]reflect.Value{}
	for _, g := range wrapperGroups {
		if slices.Contains(g.pkgs, pkg) {
			maps.Copy(out, g.build()[pkg])
		}
	}
	return out
}

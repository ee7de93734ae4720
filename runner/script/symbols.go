package script

import (
	"io"
	"log"
	"maps"
	"net"
	"net/http"
	"os"
	pathpkg "path"
	"reflect"

	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/stdlib"
	ystdlib "github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	"github.com/traefik/yaegi/stdlib/unsafe"
)

type exports = map[string]map[string]reflect.Value

// Extra holds symbol tables that programs embedding the runner add (see
// runner.Register); they load after socklab's own helpers.
var Extra = exports{}

// baseSymbols returns Go's standard library as scripts see it: the network
// functions of net and net/http pass the gate, and, unless allowed, the file
// functions of os and io/ioutil stay inside the lesson folder.
func baseSymbols(o Options) exports {
	syms := maps.Clone(ystdlib.Symbols)
	patch := func(pkg string, with map[string]reflect.Value, drop ...string) {
		m := maps.Clone(syms[pkg])
		maps.Copy(m, with)
		for _, name := range drop {
			delete(m, name)
		}
		syms[pkg] = m
	}
	// net.Dialer and net.ListenConfig would dial and listen around the gate.
	patch("net/net", map[string]reflect.Value{
		"Listen":       reflect.ValueOf(netgate.Listen),
		"ListenPacket": reflect.ValueOf(netgate.ListenPacket),
		"Dial":         reflect.ValueOf(netgate.Dial),
		"DialTimeout":  reflect.ValueOf(netgate.DialTimeout),
		"ListenTCP":    reflect.ValueOf(listenTCP),
		"DialTCP":      reflect.ValueOf(dialTCP),
		"ListenUDP":    reflect.ValueOf(listenUDP),
		"DialUDP":      reflect.ValueOf(dialUDP),
	}, "Dialer", "ListenConfig", "ListenUnix", "DialUnix", "ListenUnixgram", "ListenIP", "DialIP", "FileListener", "FileConn")
	patch("net/http/http", map[string]reflect.Value{
		"ListenAndServe":    reflect.ValueOf(httpListenAndServe),
		"ListenAndServeTLS": reflect.ValueOf(httpListenAndServeTLS),
	})
	if !o.AllowFiles {
		patch("os/os", guardedOS(), "DirFS", "CopyFS")
		patch("io/ioutil/ioutil", guardedIoutil())
	}
	return syms
}

// lateSymbols are loaded after the standard library, whose loading rewrites
// log and os.Exit to panic in restricted mode. A script has a process of its
// own, so a real exit is what it should get.
func lateSymbols(logOut io.Writer) exports {
	l := log.New(logOut, "", log.LstdFlags)
	return exports{
		"os/os": {"Exit": reflect.ValueOf(os.Exit)},
		"log/log": {
			"Default": reflect.ValueOf(func() *log.Logger { return l }),
			"New":     reflect.ValueOf(log.New),
			"Logger":  reflect.ValueOf((*log.Logger)(nil)),
			"Fatal":   reflect.ValueOf(l.Fatal), "Fatalf": reflect.ValueOf(l.Fatalf), "Fatalln": reflect.ValueOf(l.Fatalln),
			"Panic": reflect.ValueOf(l.Panic), "Panicf": reflect.ValueOf(l.Panicf), "Panicln": reflect.ValueOf(l.Panicln),
			"Print": reflect.ValueOf(l.Print), "Printf": reflect.ValueOf(l.Printf), "Println": reflect.ValueOf(l.Println),
			"Flags": reflect.ValueOf(l.Flags), "SetFlags": reflect.ValueOf(l.SetFlags),
			"Prefix": reflect.ValueOf(l.Prefix), "SetPrefix": reflect.ValueOf(l.SetPrefix),
			"Output": reflect.ValueOf(l.Output), "Writer": reflect.ValueOf(l.Writer), "SetOutput": reflect.ValueOf(l.SetOutput),
		},
	}
}

// lifted returns the symbol tables that flags add.
func lifted(o Options) []exports {
	var out []exports
	if o.AllowUnsafe {
		out = append(out, syscall.Symbols, unsafe.Symbols)
	}
	if o.AllowExec {
		out = append(out, unrestricted.Symbols)
	}
	return out
}

// known reports whether a script may import path.
func known(path string) bool {
	_, ok := tableName(path)
	return ok
}

// tableName returns the name of the compiled package with this import path
// as its symbol table gives it, and whether there is one.
func tableName(path string) (string, bool) {
	for _, tables := range []exports{ystdlib.Symbols, stdlib.Symbols, Extra} {
		for key := range tables {
			if pathpkg.Dir(key) == path {
				return pathpkg.Base(key), true
			}
		}
	}
	return "", false
}

func listenTCP(network string, laddr *net.TCPAddr) (*net.TCPListener, error) {
	ln, err := netgate.Listen(network, tcpString(laddr))
	if err != nil {
		return nil, err
	}
	return ln.(*net.TCPListener), nil
}

func dialTCP(network string, _ *net.TCPAddr, raddr *net.TCPAddr) (*net.TCPConn, error) {
	c, err := netgate.Dial(network, tcpString(raddr))
	if err != nil {
		return nil, err
	}
	return c.(*net.TCPConn), nil
}

func listenUDP(network string, laddr *net.UDPAddr) (*net.UDPConn, error) {
	pc, err := netgate.ListenPacket(network, udpString(laddr))
	if err != nil {
		return nil, err
	}
	return pc.(*net.UDPConn), nil
}

func dialUDP(network string, _ *net.UDPAddr, raddr *net.UDPAddr) (*net.UDPConn, error) {
	c, err := netgate.Dial(network, udpString(raddr))
	if err != nil {
		return nil, err
	}
	return c.(*net.UDPConn), nil
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
	if addr == "" {
		addr = ":80"
	}
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return http.Serve(ln, h)
}

func httpListenAndServeTLS(addr, cert, key string, h http.Handler) error {
	if addr == "" {
		addr = ":443"
	}
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return http.ServeTLS(ln, h, cert, key)
}

// genericPackages have parts written in Go source that the interpreter
// compiles when it loads the standard library's "fmt/fmt" table: a few
// milliseconds that a script importing none of them need not wait.
var genericPackages = map[string]bool{"slices": true, "maps": true, "cmp": true, "sync": true, "sync/atomic": true}

// packagesFor returns the tables to load for a script with these imports.
// Most scripts get only the packages they import, merged across tables
// (later tables override earlier ones symbol by symbol), which keeps
// start-up short. A script importing a generic package gets every table,
// since the compiled generic sources import packages of their own.
func packagesFor(imports []string, tables []exports) []exports {
	for _, p := range imports {
		if genericPackages[p] {
			return tables
		}
	}
	want := map[string]bool{}
	for _, p := range imports {
		want[p] = true
	}
	picked := exports{}
	for _, t := range tables {
		for key, syms := range t {
			if !want[pathpkg.Dir(key)] {
				continue
			}
			if picked[key] == nil {
				picked[key] = map[string]reflect.Value{}
			}
			maps.Copy(picked[key], syms)
		}
	}
	// Loading "fmt/fmt" under its own key also compiles the generic sources;
	// "fmt/./fmt" names the same package (import path "fmt") without that.
	if fm, ok := picked["fmt/fmt"]; ok {
		delete(picked, "fmt/fmt")
		picked["fmt/./fmt"] = fm
	}
	return []exports{picked}
}

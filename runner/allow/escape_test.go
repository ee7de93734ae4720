package allow_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/frontcache"
)

// TestMain lets the test binary act as socklab and as its script process.
func TestMain(m *testing.M) {
	runner.ScriptProcess()
	if os.Getenv("SOCKLAB_ESCAPE_MAIN") == "1" {
		os.Exit(runner.Main(os.Args[1:]))
	}
	os.Setenv(frontcache.EnvCache, "off") // the runs' front end's work is not the user's to keep
	os.Exit(m.Run())
}

// An attempt is a script that tries to get out through the symbol layer.
// It calls report(what, err) after its try: a nil error prints ESCAPED.
type attempt struct {
	name    string
	flag    string   // the flag that lifts the refusal; "" if none does
	network bool     // runs only in a private network namespace
	with    string   // a flag every run gives: the one that opens the symbol layer, to try the kernel's
	imports []string // besides fmt
	body    string
}

// goTransport finds the type of Go's own http.Transport (T) through the
// unexported fields of socklab's, and a request to a far address (req).
const goTransport = `f, _ := reflect.TypeOf(http.Transport{}).FieldByName("idleConn"); g, _ := f.Type.Elem().Elem().Elem().FieldByName("t"); T := g.Type.Elem(); _ = T; req, _ := http.NewRequest("GET", "http://` + far + `/", nil); _ = req; `

// raceConnect connects again and again while a goroutine flips the
// address between loopback and a far host: Go's syscall.Connect writes the
// address it passes into the SockaddrInet4 itself, so two goroutines that
// share one change the bytes under each other's call. A guard that read
// the address twice (once to check, once to call) would let some through.
const raceConnect = `sa := &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}, Port: 80}
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			sa.Addr = [4]byte{10, 1, 2, 3}
			syscall.Connect(-1, sa)
			sa.Addr = [4]byte{127, 0, 0, 1}
			syscall.Connect(-1, sa)
		}
	}()
	var err, refused error // a far connect that reached the kernel's routing; one the guard refused
	for i := 0; i < 2000 && err == nil; i++ {
		fd, e := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		if e != nil {
			err = e
			break
		}
		if e := syscall.Connect(fd, sa); e == syscall.ENETUNREACH {
			err = e
		} else if e == syscall.EPERM {
			refused = e
		}
		syscall.Close(fd)
	}
	close(stop)
	if err == nil {
		err = refused
	}
	report("connect", err)`

const (
	far     = "10.1.2.3"          // an address outside the machine
	passwd  = "/etc/passwd"       // a file outside the script's folder
	tlsCert = `tls.Certificate{}` // enough for tls.Listen to listen
)

var attempts = []attempt{
	// Files.
	{name: "os.ReadFile", flag: "--allow-files", imports: []string{"os"},
		body: `_, err := os.ReadFile("/etc/passwd"); report("read", err)`},
	{name: "ioutil.ReadFile", flag: "--allow-files", imports: []string{"io/ioutil"},
		body: `_, err := ioutil.ReadFile("/etc/passwd"); report("read", err)`},
	{name: "os.Chdir out", flag: "--allow-files", imports: []string{"os"},
		body: `err := os.Chdir("/etc"); report("chdir", err)`},
	{name: "os.Symlink out", flag: "--allow-files", imports: []string{"os"},
		body: `err := os.Symlink("/etc/passwd", "p"); report("symlink", err)`},
	{name: "http.Dir.Open", flag: "--allow-files", imports: []string{"net/http"},
		body: `f, err := http.Dir("/").Open("etc/passwd"); if f != nil { f.Close() }; report("open", err)`},
	{name: "template.ParseFiles", flag: "--allow-files", imports: []string{"text/template"},
		body: `_, err := template.ParseFiles("/etc/passwd"); report("parse", err)`},
	{name: "html/template.ParseGlob", flag: "--allow-files", imports: []string{"html/template"},
		body: `_, err := template.ParseGlob("/etc/pass*"); report("parse", err)`},
	{name: "Template.ParseFiles method", flag: "--allow-files", imports: []string{"text/template"},
		body: `_, err := template.New("x").ParseFiles("/etc/passwd"); report("parse", err)`},
	{name: "filepath.Glob", flag: "--allow-files", imports: []string{"path/filepath"},
		body: `m, err := filepath.Glob("/etc/pass*"); if err == nil && len(m) == 0 { err = fmt.Errorf("no match") }; report("glob", err)`},
	{name: "filepath.Walk", flag: "--allow-files", imports: []string{"os", "path/filepath"},
		body: `err := filepath.Walk("/etc", func(p string, info os.FileInfo, err error) error { return filepath.SkipAll }); report("walk", err)`},
	{name: "filepath.WalkDir", flag: "--allow-files", imports: []string{"io/fs", "path/filepath"},
		body: `err := filepath.WalkDir("/etc", func(p string, d fs.DirEntry, err error) error { return filepath.SkipAll }); report("walk", err)`},
	{name: "go/parser.ParseFile", flag: "--allow-files", imports: []string{"go/parser", "go/token"},
		body: `_, err := parser.ParseFile(token.NewFileSet(), "/etc/passwd", nil, 0); if err != nil && !strings.Contains(err.Error(), "outside") { err = nil }; report("parse", err)`},
	{name: "zip.OpenReader", flag: "--allow-files", imports: []string{"archive/zip"},
		body: `_, err := zip.OpenReader("/etc/passwd"); if err == zip.ErrFormat { err = nil }; report("open", err)`},
	{name: "elf.Open", flag: "--allow-files", imports: []string{"debug/elf"},
		body: `f, err := elf.Open("/bin/sh"); if f != nil { f.Close() }; report("open", err)`},
	{name: "os.DirFS", flag: "--allow-files", imports: []string{"io/fs", "os"},
		body: `_, err := fs.ReadFile(os.DirFS("/etc"), "passwd"); report("read", err)`},
	{name: "os.CopyFS out", flag: "--allow-files", imports: []string{"os", "testing/fstest"},
		body: `err := os.CopyFS("../copied", fstest.MapFS{"a": &fstest.MapFile{Data: []byte("x")}}); report("copy", err)`},
	{name: "os.CopyFS of a link out", flag: "--allow-files", imports: []string{"io/fs", "os", "testing/fstest"},
		body: `err := os.CopyFS("in", fstest.MapFS{"d/p": &fstest.MapFile{Data: []byte("../../../../../etc/passwd"), Mode: fs.ModeSymlink}}); report("copy", err)`},
	{name: "os.OpenRoot", flag: "--allow-files", imports: []string{"os"},
		body: `r, err := os.OpenRoot("/etc"); if err == nil { _, err = r.ReadFile("passwd"); r.Close() }; report("read", err)`},
	{name: "os.OpenInRoot", flag: "--allow-files", imports: []string{"os"},
		body: `f, err := os.OpenInRoot("/etc", "passwd"); if f != nil { f.Close() }; report("open", err)`},
	{name: "user.Lookup", flag: "--allow-files", imports: []string{"os/user"},
		body: `_, err := user.Lookup("root"); report("lookup", err)`},
	{name: "os.NewFile on a descriptor", flag: "--allow-unsafe", imports: []string{"os"},
		body: `_, err := os.NewFile(2, "fd2").Write([]byte("forged\n")); report("write", err)`},

	{name: "os.CreateTemp in the system's folder", flag: "--allow-files", imports: []string{"os"},
		body: `f, err := os.CreateTemp("", "x"); if f != nil { f.Close(); os.Remove(f.Name()) }; report("create", err)`},
	{name: "ioutil.TempDir in the system's folder", flag: "--allow-files", imports: []string{"io/ioutil", "os"},
		body: `d, err := ioutil.TempDir("", "x"); if err == nil { os.Remove(d) }; report("mkdir", err)`},
	{name: "os.Link out", flag: "--allow-files", imports: []string{"os"},
		body: `err := os.Link("/etc/passwd", "p"); if err != nil && !strings.Contains(err.Error(), "outside") { err = nil }; report("link", err)`},
	{name: "os.Readlink out", flag: "--allow-files", imports: []string{"os"},
		body: `_, err := os.Readlink("/proc/self/exe"); report("readlink", err)`},
	{name: "http.ServeFile", flag: "--allow-files", imports: []string{"net/http", "net/http/httptest"},
		body: `w := httptest.NewRecorder(); http.ServeFile(w, httptest.NewRequest("GET", "/", strings.NewReader("")), "/etc/passwd"); var err error; if w.Code != 200 { err = fmt.Errorf("%d %s", w.Code, w.Body) }; report("serve", err)`},
	{name: "http.FileServer of http.Dir", flag: "--allow-files", imports: []string{"net/http", "net/http/httptest"},
		body: `w := httptest.NewRecorder(); http.FileServer(http.Dir("/etc")).ServeHTTP(w, httptest.NewRequest("GET", "/passwd", strings.NewReader(""))); var err error; if w.Code != 200 { _, open := http.Dir("/etc").Open("/passwd"); err = fmt.Errorf("%d %s(%v)", w.Code, w.Body, open) }; report("serve", err)`},
	{name: "tls.LoadX509KeyPair", flag: "--allow-files", imports: []string{"crypto/tls"},
		body: `_, err := tls.LoadX509KeyPair("/etc/passwd", "/etc/passwd"); if err != nil && !strings.Contains(err.Error(), "outside") { err = nil }; report("load", err)`},
	{name: "go/parser.ParseDir", flag: "--allow-files", imports: []string{"go/parser", "go/token"},
		body: `_, err := parser.ParseDir(token.NewFileSet(), "/etc", nil, 0); report("parse", err)`},
	{name: "html/template.ParseFiles", flag: "--allow-files", imports: []string{"html/template"},
		body: `_, err := template.ParseFiles("/etc/passwd"); report("parse", err)`},
	{name: "filepath.EvalSymlinks", flag: "--allow-files", imports: []string{"path/filepath"},
		body: `_, err := filepath.EvalSymlinks("/etc"); report("eval", err)`},
	{name: "buildinfo.ReadFile", flag: "--allow-files", imports: []string{"debug/buildinfo"},
		body: `_, err := buildinfo.ReadFile("/bin/sh"); if err != nil && !strings.Contains(err.Error(), "outside") { err = nil }; report("read", err)`},

	// Processes.
	{name: "os.StartProcess", flag: "--allow-exec", imports: []string{"os"},
		body: `p, err := os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{}); if err == nil { p.Wait() }; report("start", err)`},
	{name: "os/exec", flag: "--allow-exec", imports: []string{"os/exec"},
		body: `err := exec.Command("/bin/true").Run(); report("run", err)`},
	{name: "os.FindProcess", flag: "--allow-exec", imports: []string{"os"},
		body: `p, err := os.FindProcess(os.Getpid()); if err == nil { err = p.Signal(os.Signal(nil)) ; if err != nil { err = nil } }; report("find", err)`},
	{name: "cgi.Handler", flag: "--allow-exec", imports: []string{"net/http/cgi"},
		body: `h := &cgi.Handler{Path: "/bin/true"}; report("handler", nil); _ = h`},
	{name: "go/build.Import", flag: "--allow-exec", imports: []string{"go/build"},
		body: `_, err := build.Import("fmt", "", 0); report("import", err)`},

	// Network: each would leave the machine.
	{name: "net.Dial", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.Dial("tcp", "` + far + `:80"); report("dial", err)`},
	{name: "net.Dialer", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `d := &net.Dialer{}; _, err := d.Dial("tcp", "` + far + `:80"); report("dial", err)`},
	{name: "net.Dialer.DialContext", flag: "--allow-net", network: true, imports: []string{"context", "net"},
		body: `var d net.Dialer; _, err := d.DialContext(context.Background(), "tcp", "` + far + `:80"); report("dial", err)`},
	{name: "net.ListenConfig on every network", flag: "--allow-net", network: true, imports: []string{"context", "net"},
		body: `var lc net.ListenConfig; ln, err := lc.Listen(context.Background(), "tcp", ":8080"); if ln != nil { ln.Close() }; report("listen", err)`},
	{name: "http.Transport", flag: "--allow-net", network: true, imports: []string{"net/http"},
		body: `c := &http.Client{Transport: &http.Transport{}}; _, err := c.Get("http://` + far + `/"); report("get", err)`},
	{name: "http.DefaultTransport without its dial", flag: "--allow-net", network: true, imports: []string{"net/http"},
		body: `t := http.DefaultTransport.(*http.Transport).Clone(); t.DialContext = nil; _, err := (&http.Client{Transport: t}).Get("http://` + far + `/"); report("get", err)`},
	{name: "http.Get", flag: "--allow-net", network: true, imports: []string{"net/http"},
		body: `_, err := http.Get("http://` + far + `/"); report("get", err)`},
	{name: "tls.Dial", flag: "--allow-net", network: true, imports: []string{"crypto/tls"},
		body: `_, err := tls.Dial("tcp", "` + far + `:443", nil); report("dial", err)`},
	{name: "tls.Dialer", flag: "--allow-net", network: true, imports: []string{"crypto/tls"},
		body: `d := &tls.Dialer{}; _, err := d.Dial("tcp", "` + far + `:443"); report("dial", err)`},
	{name: "tls.Listen on every network", flag: "--allow-net", network: true, imports: []string{"crypto/tls"},
		body: `ln, err := tls.Listen("tcp", ":8443", &tls.Config{Certificates: []tls.Certificate{` + tlsCert + `}}); if ln != nil { ln.Close() }; report("listen", err)`},
	{name: "smtp.Dial", flag: "--allow-net", network: true, imports: []string{"net/smtp"},
		body: `_, err := smtp.Dial("` + far + `:25"); report("dial", err)`},
	{name: "smtp.SendMail", flag: "--allow-net", network: true, imports: []string{"net/smtp"},
		body: `err := smtp.SendMail("` + far + `:25", nil, "a@b", []string{"c@d"}, nil); report("send", err)`},
	{name: "rpc.Dial", flag: "--allow-net", network: true, imports: []string{"net/rpc"},
		body: `_, err := rpc.Dial("tcp", "` + far + `:1234"); report("dial", err)`},
	{name: "rpc.DialHTTP", flag: "--allow-net", network: true, imports: []string{"net/rpc"},
		body: `_, err := rpc.DialHTTP("tcp", "` + far + `:1234"); report("dial", err)`},
	{name: "jsonrpc.Dial", flag: "--allow-net", network: true, imports: []string{"net/rpc/jsonrpc"},
		body: `_, err := jsonrpc.Dial("tcp", "` + far + `:1234"); report("dial", err)`},
	{name: "textproto.Dial", flag: "--allow-net", network: true, imports: []string{"net/textproto"},
		body: `_, err := textproto.Dial("tcp", "` + far + `:21"); report("dial", err)`},
	{name: "syslog.Dial", flag: "--allow-net", network: true, imports: []string{"log/syslog"},
		body: `_, err := syslog.Dial("udp", "` + far + `:514", syslog.LOG_INFO, "x"); report("dial", err)`},
	{name: "net.LookupHost", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.LookupHost("example.com"); report("lookup", err)`},
	{name: "net.ResolveTCPAddr", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.ResolveTCPAddr("tcp", "example.com:80"); report("resolve", err)`},
	{name: "a nil net.Resolver", flag: "--allow-net", network: true, imports: []string{"context", "net"},
		body: `var d net.Dialer; _, err := d.Resolver.LookupHost(context.Background(), "example.com"); report("lookup", err)`},
	{name: "http.Server.ListenAndServe on every network", flag: "--allow-net", network: true, imports: []string{"net/http", "time"},
		body: `errc := make(chan error, 1); go func() { errc <- (&http.Server{Addr: ":8080"}).ListenAndServe() }(); var err error; select { case e := <-errc: err = e; case <-time.After(300 * time.Millisecond): }; report("listen", err)`},
	{name: "http.ListenAndServe on every network", flag: "--allow-net", network: true, imports: []string{"net/http", "time"},
		body: `errc := make(chan error, 1); go func() { errc <- http.ListenAndServe(":8081", nil) }(); var err error; select { case e := <-errc: err = e; case <-time.After(300 * time.Millisecond): }; report("listen", err)`},
	{name: "httptest.Server's client to a far host", flag: "--allow-net", network: true, imports: []string{"net/http", "net/http/httptest"},
		body: `s := httptest.NewServer(http.NotFoundHandler()); defer s.Close(); _, err := s.Client().Get("http://` + far + `/"); report("dial", err)`},
	{name: "httptest.Server's Config.ListenAndServe on every network", flag: "--allow-net", network: true, imports: []string{"net/http", "net/http/httptest", "time"},
		body: `s := httptest.NewUnstartedServer(http.NotFoundHandler()); s.Config.Addr = ":8082"; errc := make(chan error, 1); go func() { errc <- s.Config.ListenAndServe() }(); var err error; select { case e := <-errc: err = e; case <-time.After(300 * time.Millisecond): }; report("listen", err)`},
	{name: "net.ListenMulticastUDP", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `c, err := net.ListenMulticastUDP("udp", nil, &net.UDPAddr{IP: net.IPv4(224, 0, 0, 251), Port: 5353}); if c != nil { c.Close() }; report("listen", err)`},
	{name: "UDP WriteTo from a loopback socket", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `pc, err := net.ListenPacket("udp", "127.0.0.1:0"); if err == nil { _, err = pc.WriteTo([]byte("x"), &net.UDPAddr{IP: net.ParseIP("` + far + `"), Port: 53}) }; report("send", err)`},
	{name: "UDPConn.WriteToUDP", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `c, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)}); if err == nil { _, err = c.WriteToUDP([]byte("x"), &net.UDPAddr{IP: net.ParseIP("` + far + `"), Port: 53}) }; report("send", err)`},
	{name: "net.DialUnix", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.DialUnix("unix", nil, &net.UnixAddr{Name: "/run/nothing.sock", Net: "unix"}); if err != nil && !strings.Contains(err.Error(), "socklab") { err = nil }; report("dial", err)`},

	{name: "net.DialTimeout", flag: "--allow-net", network: true, imports: []string{"net", "time"},
		body: `_, err := net.DialTimeout("tcp", "` + far + `:80", time.Second); report("dial", err)`},
	{name: "net.DialTCP", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.DialTCP("tcp", nil, &net.TCPAddr{IP: net.ParseIP("` + far + `"), Port: 80}); report("dial", err)`},
	{name: "net.DialUDP", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `_, err := net.DialUDP("udp", nil, &net.UDPAddr{IP: net.ParseIP("` + far + `"), Port: 53}); report("dial", err)`},
	{name: "net.ListenPacket on every network", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `pc, err := net.ListenPacket("udp", ":5353"); if pc != nil { pc.Close() }; report("listen", err)`},
	{name: "net.ListenConfig.ListenPacket on every network", flag: "--allow-net", network: true, imports: []string{"context", "net"},
		body: `var lc net.ListenConfig; pc, err := lc.ListenPacket(context.Background(), "udp", ":5353"); if pc != nil { pc.Close() }; report("listen", err)`},
	{name: "net.Dialer.DialTCP", flag: "--allow-net", network: true, imports: []string{"context", "net", "net/netip"},
		body: `var d net.Dialer; _, err := d.DialTCP(context.Background(), "tcp", netip.AddrPort{}, netip.MustParseAddrPort("` + far + `:80")); report("dial", err)`},
	{name: "net.Dialer.DialUnix", flag: "--allow-net", network: true, imports: []string{"context", "net"},
		body: `var d net.Dialer; _, err := d.DialUnix(context.Background(), "unix", nil, &net.UnixAddr{Name: "/run/nothing.sock", Net: "unix"}); if err != nil && !strings.Contains(err.Error(), "socklab") { err = nil }; report("dial", err)`},
	{name: "net.ListenIP", flag: "--allow-net", network: true, imports: []string{"net"},
		body: `c, err := net.ListenIP("ip4:icmp", nil); if c != nil { c.Close() }; report("listen", err)`},
	{name: "net.FileConn", flag: "--allow-net", network: true, imports: []string{"net", "os"},
		body: `_, err := net.FileConn(os.Stdin); if err != nil { err = nil }; report("fileconn", err)`},
	{name: "http.ListenAndServeTLS on every network", flag: "--allow-net", network: true, imports: []string{"net/http", "time"},
		body: `errc := make(chan error, 1); go func() { errc <- http.ListenAndServeTLS(":8443", "c.pem", "k.pem", nil) }(); var err error; select { case e := <-errc: err = e; case <-time.After(300 * time.Millisecond): }; if err != nil && !strings.Contains(err.Error(), "loopback") { err = nil }; report("listen", err)`},

	// Memory.
	{name: "reflect.NewAt and UnsafePointer", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `b := []byte("x"); v := reflect.NewAt(reflect.TypeOf(b), reflect.ValueOf(&b).UnsafePointer()); report("forge", nil); _ = v`},
	{name: "reflect.Value.UnsafeAddr", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `x := 1; p := reflect.ValueOf(&x).Elem().UnsafeAddr(); report("address", nil); _ = p`},
	{name: "reflect.SliceHeader", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `h := reflect.SliceHeader{Data: 1, Len: 1, Cap: 1}; report("header", nil); _ = h`},
	{name: "reflect.StringHeader", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `h := reflect.StringHeader{Data: 1, Len: 1}; report("header", nil); _ = h`},
	{name: "reflect.Value.Pointer", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `x := 1; p := reflect.ValueOf(&x).Pointer(); report("pointer", nil); _ = p`},
	{name: "a method called by name through reflect", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `b := []byte("x"); m := reflect.ValueOf(reflect.ValueOf(&b)).MethodByName("UnsafePointer"); report("method", nil); _ = m`},
	{name: "unsafe", flag: "--allow-unsafe", imports: []string{"unsafe"},
		body: `var p unsafe.Pointer; report("pointer", nil); _ = p`},
	{name: "syscall", flag: "--allow-unsafe", imports: []string{"syscall"},
		body: `_, err := syscall.Open("/etc/passwd", 0, 0); report("open", err)`},
	{name: "debug.WriteHeapDump", flag: "--allow-unsafe", imports: []string{"os", "runtime/debug"},
		body: `f, err := os.Create("dump"); if err == nil { debug.WriteHeapDump(f.Fd()) }; report("dump", err)`},

	{name: "atomic.LoadPointer", flag: "--allow-unsafe", imports: []string{"sync/atomic"},
		body: `f := atomic.LoadPointer; report("load", nil); _ = f`},
	{name: "reflect.Value.SetPointer", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `f := reflect.Value.SetPointer; report("set", nil); _ = f`},

	// Reflect: the type of Go's own http.Transport, reached through
	// socklab's by unexported fields, built around the gate.
	{name: "reflect.New of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `rt := reflect.New(T).Interface().(http.RoundTripper); _, err := rt.RoundTrip(req); report("get", err)`},
	{name: "reflect.MakeSlice of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `rt := reflect.MakeSlice(reflect.SliceOf(T), 1, 1).Index(0).Addr().Interface().(http.RoundTripper); _, err := rt.RoundTrip(req); report("get", err)`},
	{name: "reflect.ArrayOf of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `rt := reflect.New(reflect.ArrayOf(1, T)).Elem().Index(0).Addr().Interface().(http.RoundTripper); _, err := rt.RoundTrip(req); report("get", err)`},
	{name: "reflect.StructOf around Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `rt := reflect.New(reflect.StructOf([]reflect.StructField{{Name: "T", Type: T}})).Elem().Field(0).Addr().Interface().(http.RoundTripper); _, err := rt.RoundTrip(req); report("get", err)`},
	{name: "reflect.PointerTo Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `p := reflect.New(reflect.PointerTo(T)); report("pointer", nil); _ = p`},
	{name: "reflect.MapOf and MakeMap of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `m := reflect.MakeMap(reflect.MapOf(reflect.TypeOf(""), T)); report("map", nil); _ = m`},
	{name: "reflect.ChanOf and MakeChan of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `c := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, T), 1); c.Close(); v, _ := c.Recv(); report("chan", nil); _ = v`},
	{name: "reflect.FuncOf and MakeFunc of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `fn := reflect.MakeFunc(reflect.FuncOf(nil, []reflect.Type{T}, false), func([]reflect.Value) []reflect.Value { return nil }); report("func", nil); _ = fn`},
	{name: "reflect.Zero of Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `v := reflect.Zero(T).Interface(); report("zero", nil); _ = v`},
	{name: "reflect.MakeSlice of a type that holds Go's http.Transport", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `s := reflect.MakeSlice(f.Type.Elem(), 1, 1); report("slice", nil); _ = s`},
	{name: "reflect.Value.Convert to Go's http.Transport", flag: "--allow-unsafe", with: "--allow-net", network: true, imports: []string{"net/http", "reflect"},
		body: goTransport + `rt := reflect.ValueOf(&http.Transport{}).Convert(g.Type).Interface().(http.RoundTripper); _, err := rt.RoundTrip(req); report("get", err)`},
	{name: "reflect.New of Go's http.Server", network: true, imports: []string{"net/http", "reflect", "time"},
		body: `f, _ := reflect.TypeOf(http.Server{}).FieldByName("TLSNextProto"); s := reflect.New(f.Type.Elem().In(0).Elem()); s.Elem().FieldByName("Addr").SetString(":8082"); serve := s.MethodByName("ListenAndServe"); errc := make(chan error, 1); go func() { e, _ := serve.Call(nil)[0].Interface().(error); errc <- e }(); var err error; select { case e := <-errc: err = e; case <-time.After(300 * time.Millisecond): }; report("listen", err)`},
	{name: "reflect calls a method of a value reached through an unexported field", imports: []string{"net/http", "reflect"},
		body: `r, _ := http.NewRequest("GET", "http://127.0.0.1/", nil); c := reflect.ValueOf(r).Elem().FieldByName("ctx"); c.MethodByName("Done").Call(nil); report("call", nil)`},
	{name: "reflect hands out a value reached through an unexported field", imports: []string{"net/http", "reflect"},
		body: `r, _ := http.NewRequest("GET", "http://127.0.0.1/", nil); c := reflect.ValueOf(r).Elem().FieldByName("ctx").Interface(); report("interface", nil); _ = c`},

	// The kernel's network guard, the symbol layer opened with --allow-unsafe.
	{name: "syscall.Connect to a far host", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: `fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0); if err == nil { err = syscall.Connect(fd, &syscall.SockaddrInet4{Addr: [4]byte{10, 1, 2, 3}, Port: 80}) }; report("connect", err)`},
	{name: "syscall.Connect over IPv6 to a far host", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: `fd, err := syscall.Socket(syscall.AF_INET6, syscall.SOCK_STREAM, 0); if err == nil { err = syscall.Connect(fd, &syscall.SockaddrInet6{Addr: [16]byte{0x20, 0x01, 0x0d, 0xb8, 15: 1}, Port: 80}) }; report("connect", err)`},
	{name: "syscall.Sendto a far host", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: `fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0); if err == nil { err = syscall.Sendto(fd, []byte("x"), 0, &syscall.SockaddrInet4{Addr: [4]byte{10, 1, 2, 3}, Port: 53}) }; report("send", err)`},
	{name: "syscall.Sendmsg to a far host", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: `fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0); if err == nil { _, err = syscall.SendmsgN(fd, []byte("x"), nil, &syscall.SockaddrInet4{Addr: [4]byte{10, 1, 2, 3}, Port: 53}, 0) }; report("send", err)`},
	{name: "syscall.Bind on every network", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: `fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0); if err == nil { err = syscall.Bind(fd, &syscall.SockaddrInet4{Port: 8083}) }; report("bind", err)`},
	{name: "a connect whose address a thread changes under the check", with: "--allow-unsafe", flag: "--allow-net", network: true, imports: []string{"syscall"},
		body: raceConnect},
	{name: "a program the script starts connects to a far host", with: "--allow-exec", flag: "--allow-net", network: true, imports: []string{"os/exec"},
		body: `out, err := exec.Command("/bin/bash", "-c", "echo > /dev/tcp/` + far + `/80").CombinedOutput(); if err != nil { err = fmt.Errorf("%s", strings.ToLower(string(out))) }; report("connect", err)`},

	// The interpreter.
	{name: "a dot import", flag: "--allow-exec", imports: []string{". os"},
		body: `p, err := StartProcess("/bin/true", []string{"true"}, &ProcAttr{}); if err == nil { p.Wait() }; report("start", err)`},
	{name: "the interpreter's symbol tables", imports: []string{"github.com/traefik/yaegi/stdlib"},
		body: `v := stdlib.Symbols["os/os"]["StartProcess"]; report("tables", nil); _ = v`},
	{name: "an interface with a refused method", flag: "--allow-files", imports: []string{"text/template"},
		body: `var p interface{ ParseGlob(string) (*template.Template, error) } = template.New("x"); _, err := p.ParseGlob("/etc/pass*"); report("parse", err)`},
	{name: "a method expression", flag: "--allow-unsafe", imports: []string{"reflect"},
		body: `f := reflect.Value.UnsafePointer; report("expr", nil); _ = f`},
	{name: "http.ServerContextKey", flag: "--allow-net", imports: []string{"net/http"},
		body: `k := http.ServerContextKey; report("key", nil); _ = k`},
	{name: "the interpreter's unrestricted table", imports: []string{"github.com/traefik/yaegi/stdlib/unrestricted"},
		body: `v := unrestricted.Symbols; report("tables", nil); _ = v`},
}

// held are the words socklab's refusals say; escaped are the signs of a
// way out (a dial that reached the kernel counts: in a private network
// namespace the kernel answers that the network is unreachable).
var (
	held = []string{"operation not permitted", "is not allowed in socklab scripts", "outside the lesson folder", "is not a loopback address", "DNS queries are refused", "refused in socklab scripts", "is not available",
		"using value obtained using unexported field", "cannot return value obtained from unexported field"}
	escaped = []string{"ESCAPED", "network is unreachable", "root:x:0"}
	flags   = []string{"--allow-files", "--allow-net", "--allow-exec", "--allow-unsafe"}
)

// TestEscapes tries every attempt three ways: with no flag and with every
// flag but its own, it must be held; with its own flag it must run. The
// network attempts run in a private network namespace with nothing but
// loopback, so that nothing can leave the machine.
func TestEscapes(t *testing.T) {
	isolated := os.Getenv("SOCKLAB_ESCAPE_NETNS") == "1"
	if isolated && !onlyLoopback(t) {
		t.Fatal("SOCKLAB_ESCAPE_NETNS=1 but the network namespace has more than loopback")
	}
	if !isolated {
		if reason := reexecIsolated(t); reason == "" {
			return // the attempts ran in the namespace
		} else {
			t.Logf("network attempts skipped: %s", reason)
		}
	}
	var tried, heldN atomic.Int32
	for _, a := range attempts {
		t.Run(a.name, func(t *testing.T) {
			if a.network && !isolated {
				t.Skip("no private network namespace")
			}
			if a.network && a.with != "" && !confine.Probe().Net {
				t.Skip("this kernel offers no network guard")
			}
			t.Parallel()
			tried.Add(1)
			dir := t.TempDir()
			src := filepath.Join(dir, "main.go")
			if err := os.WriteFile(src, []byte(a.source()), 0o644); err != nil {
				t.Fatal(err)
			}
			out := run(t, dir, a.withFlags()...)
			if bad := anyOf(out, escaped); bad != "" || anyOf(out, held) == "" {
				t.Fatalf("with no flag it got out (%q):\n%s", bad, out)
			}
			var others []string
			for _, f := range flags {
				if f != a.flag && f != a.with {
					others = append(others, f)
				}
			}
			if out := run(t, dir, append(others, a.withFlags()...)...); anyOf(out, escaped) != "" || anyOf(out, held) == "" {
				t.Fatalf("with %v, which are not its flag, it got out:\n%s", others, out)
			}
			heldN.Add(1)
			if a.flag == "" {
				return
			}
			if out := run(t, dir, append(a.withFlags(), a.flag)...); anyOf(out, held) != "" || !strings.Contains(out, "ESCAPED") && !strings.Contains(out, "ERR ") {
				t.Fatalf("%s does not re-open it:\n%s", a.flag, out)
			}
		})
	}
	t.Cleanup(func() { t.Logf("symbol-layer escape attempts: %d tried, %d held", tried.Load(), heldN.Load()) })
}

// withFlags is the flag every run of a gives, if any.
func (a attempt) withFlags() []string {
	if a.with == "" {
		return nil
	}
	return []string{a.with}
}

func (a attempt) source() string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n")
	for _, imp := range a.imports {
		if name, path, ok := strings.Cut(imp, " "); ok {
			fmt.Fprintf(&b, "\t%s %q\n", name, path)
			continue
		}
		fmt.Fprintf(&b, "\t%q\n", imp)
	}
	b.WriteString(")\n\nfunc report(what string, err error) {\n\tif err == nil {\n\t\tfmt.Println(\"ESCAPED\", what)\n\t\treturn\n\t}\n\tfmt.Println(\"ERR \"+what+\":\", err)\n}\n\n")
	b.WriteString("func main() {\n\t_ = strings.Contains\n\t" + a.body + "\n}\n")
	return b.String()
}

// run runs main.go in dir under socklab with flags and returns what it
// printed, standard output and error together.
func run(t testing.TB, dir string, flags ...string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], append(append([]string{"run"}, flags...), "main.go")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOCKLAB_ESCAPE_MAIN=1")
	out, _ := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("socklab run %v did not end:\n%s", flags, out)
	}
	return string(out)
}

func anyOf(s string, words []string) string {
	for _, w := range words {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// onlyLoopback reports whether this process's network namespace has no
// interface but loopback.
func onlyLoopback(t *testing.T) bool {
	ifs, err := net.Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range ifs {
		if i.Flags&net.FlagLoopback == 0 {
			return false
		}
	}
	return true
}

// reexecIsolated runs TestEscapes again in a private network namespace with
// loopback up, reporting its result as this test's. It returns why it
// could not, or "" when it did.
func reexecIsolated(t *testing.T) string {
	unshare, err1 := exec.LookPath("unshare")
	ip, err2 := exec.LookPath("ip")
	if err1 != nil || err2 != nil || os.Geteuid() != 0 {
		return "making one needs root, unshare and ip"
	}
	if err := exec.Command(unshare, "-n", "true").Run(); err != nil {
		return "unshare -n failed: " + err.Error()
	}
	cmd := exec.Command(unshare, "-n", "sh", "-c", `"$0" link set lo up && exec "$@"`, ip,
		os.Args[0], "-test.run=^TestEscapes$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "SOCKLAB_ESCAPE_NETNS=1")
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "--- FAIL") || strings.Contains(line, "escape attempts:") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if err != nil {
		t.Fatalf("in a private network namespace: %v\n%s", err, out)
	}
	return ""
}

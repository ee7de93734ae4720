package rewrite_test

import (
	"go/types"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

// rpcSrc is a script with a service, Arith, and src as its main.
func rpcSrc(main string) string {
	return `package main

import (
	"net"
	"net/http"
	"net/rpc"
	"net/rpc/jsonrpc"
)

var _, _, _, _ = net.Listen, http.Handle, jsonrpc.Dial, rpc.Dial

type Args struct{ A, B int }

type Reply struct{ Q, R int }

type args struct{ A int }

type Arith int

func (t *Arith) Multiply(a *Args, r *int) error      { return nil }
func (t *Arith) Divide(a Args, r *Reply) error       { return nil }
func (t *Arith) Lists(a []int, r *map[string]int) error { return nil }
func (t *Arith) Slices(a int, r *[]string) error     { return nil }
func (t Arith) Value(a int, r *int) error            { return nil }
func (t *Arith) private(a int, r *int) error         { return nil }
func (t *Arith) Hidden(a args, r *int) error         { return nil }
func (t *Arith) NotPointer(a int, r int) error       { return nil }
func (t *Arith) NoError(a int, r *int) bool          { return true }
func (t *Arith) Three(a, b int, r *int) error        { return nil }

type Handler struct{ H http.Handler }

` + main
}

func TestRPCServeRewrites(t *testing.T) {
	tests := []struct {
		name string
		main string
		want []string
	}{
		{"Register", "func main() { rpc.Register(new(Arith)) }", []string{
			`.Register(_rpcsvc`, `(/*line :33:28*/new(Arith))`,
			`(r *Arith) _sl`, `Type: "*main.Arith", Name: "Arith", Nil: r == nil`,
			`{Name: "Divide", Arg: "main.Args", Reply: "*main.Reply", NewArg: func() any { return new(Args) }, NewReply: func() any { return new(Reply) }, Call: func(_a, _b any) error { return r.Divide(*_a.(*Args), _b.(*Reply)) }`,
			`{Name: "Multiply", Arg: "*main.Args", Reply: "*int", NewArg: func() any { return new(Args) }, NewReply: func() any { return new(int) }, Call: func(_a, _b any) error { return r.Multiply(_a.(*Args), _b.(*int)) }`,
			`NewReply: func() any { _v := new(map[string]int); *_v = make(map[string]int); return _v }`,
			`NewReply: func() any { _v := new([]string); *_v = make([]string, 0); return _v }`,
			`{Name: "Value"`,
		}},
		{"a value's methods", "func main() { rpc.Register(Arith(0)) }", []string{
			`Type: "main.Arith", Name: "Arith", Methods:`, `{Name: "Value"`,
		}},
		{"RegisterName", `func main() { rpc.RegisterName("Calc", new(Arith)) }`, []string{`.RegisterName("Calc", _rpcsvc`}},
		{"a server's", "func main() { s := rpc.NewServer(); s.Register(new(Arith)); var ln net.Listener; go s.Accept(ln) }", []string{
			`.For(/*line :33:37*/s)/*line :33:38*/.Register(_rpcsvc`, `go _sl1.For(/*line :33:85*/s)/*line :33:86*/.Accept(ln)`,
		}},
		{"a server value", "func main() { var s rpc.Server; s.ServeConn(nil) }", []string{`.For(&/*line :33:33*/s)/*line :33:34*/.ServeConn(nil)`}},
		{"the default server's functions", "func main() { var ln net.Listener; rpc.Accept(ln); rpc.ServeConn(nil); rpc.ServeCodec(nil); rpc.ServeRequest(nil); rpc.HandleHTTP(); f := rpc.Accept; f(ln) }", []string{
			`_sl1/*line :33:39*/.Accept(ln)`, `_sl1/*line :33:55*/.ServeConn(nil)`, `.ServeCodec(nil)`, `.ServeRequest(nil)`, `.HandleHTTP()`, `f := _sl1/*line :33:142*/.Accept`,
		}},
		{"rpc.DefaultServer", "func main() { rpc.DefaultServer.HandleHTTP(\"/a\", \"/b\") }", []string{`_sl1.For(/*line :33:15*/rpc.DefaultServer)`}},
		{"a handler", `func main() { s := rpc.NewServer(); http.Handle("/", s); var h http.Handler = s; _ = Handler{s}; _ = []http.Handler{s}; h = s; _ = h }`, []string{
			// pass muxsite imports lift first, as _sl1, for http.Handle
			`.DefaultHandle("main.go", 33)/*line :33:48*/("/", _sl2.For(/*line :33:54*/s)`, `var h http.Handler = _sl2.For(`, `Handler{_sl2.For(`, `[]http.Handler{_sl2.For(`, `h = _sl2.For(`,
		}},
		{"a handler returned", `func h(s *rpc.Server) http.Handler { return s }; func main() {}`, []string{`return _sl1.For(`}},
		{"jsonrpc.ServeConn", `func main() { jsonrpc.ServeConn(nil) }`, []string{`_sl1.ServeCodec(jsonrpc.NewServerCodec/*line :33:32*/(nil))`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := string(applied(t, rpcSrc(tt.main)))
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("want %q in:\n%s", w, out)
				}
			}
			for _, unsuited := range []string{"private", "Hidden", "NotPointer", "NoError", "Three"} {
				if strings.Contains(out, `"`+unsuited+`"`) {
					t.Errorf("unsuitable method %s published:\n%s", unsuited, out)
				}
			}
		})
	}
}

func TestRPCServeClientCall(t *testing.T) {
	out := string(applied(t, rpcSrc(`func main() { c, _ := rpc.Dial("tcp", "127.0.0.1:1"); var r Reply; _ = c.Call("Arith.Divide", Args{1, 2}, &r); _ = c.Call("Arith.Divide", Args{1, 2}, new(Reply)) }`)))
	for _, w := range []string{
		`.ClientError(/*line :33:72*/c.Call("Arith.Divide", Args{1, 2}, &r), &r, _gob1.Rename)/*line :33:110*/;`,
		`.ClientError(/*line :33:116*/c.Call("Arith.Divide", Args{1, 2}, new(Reply)), nil, _gob1.Rename)/*line :33:162*/ }`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("want %q in:\n%s", w, out)
		}
	}
}

// TestRPCServeClientGo checks that a client's Go call whose reply holds a
// struct of the script's goes to rpcserve.ClientGo, the columns kept, and
// one whose reply holds none is left alone.
func TestRPCServeClientGo(t *testing.T) {
	tests := []struct {
		name, main string
		want       string
	}{
		{"a reply of the script's", `func main() { c, _ := rpc.Dial("tcp", "127.0.0.1:1"); var r Reply; call := c.Go("Arith.Divide", Args{1, 2}, &r, nil); <-call.Done }`,
			`call := _sl3.ClientGo(/*line :33:76*/c, /*line :33:81*/"Arith.Divide", Args{1, 2}, &r, nil, _gob1.Rename/*line :33:116*/)`},
		{"a channel of the client's", `func main() { c, _ := rpc.Dial("tcp", "127.0.0.1:1"); done := make(chan *rpc.Call, 1); c.Go("Arith.Divide", Args{1, 2}, new(Reply), done); <-done }`,
			`.ClientGo(/*line :33:88*/c, /*line :33:93*/"Arith.Divide", Args{1, 2}, new(Reply), done, _gob1.Rename/*line :33:137*/)`},
		{"a reply of Go's types", `func main() { c, _ := rpc.Dial("tcp", "127.0.0.1:1"); var n int; c.Go("Arith.Multiply", &Args{1, 2}, &n, nil) }`,
			`c.Go("Arith.Multiply", &Args{1, 2}, &n, nil)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := string(applied(t, rpcSrc(tt.main)))
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}

func TestRPCServeLeavesAlone(t *testing.T) {
	src := rpcSrc(`func main() { c, _ := rpc.Dial("tcp", "127.0.0.1:1"); var r int; c.Call("Arith.Multiply", &Args{1, 2}, &r) }`)
	if out := string(applied(t, src)); out != src {
		t.Errorf("a client's calls rewritten:\n%s", out)
	}
}

func TestRPCServeRefuses(t *testing.T) {
	tests := []struct{ name, main, want string }{
		{"an interface", "func main() { var x any = new(Arith); rpc.Register(x) }", "main.go:33:52: net/rpc finds the methods of the receiver that Register is given at run time"},
		{"Register as a value", "func main() { f := rpc.Register; f(nil) }", "main.go:33:20: socklab hands net/rpc a receiver's methods where rpc.Register is called"},
		{"a method value of Register", "func main() { f := rpc.NewServer().Register; _ = f }", "where Register is called with it"},
		{"a method expression", "func main() { f := (*rpc.Server).Accept; _ = f }", "rather than take it as a method expression"},
		{"an embedded server", "type S struct{ *rpc.Server }\n\nfunc main() { var s S; var ln net.Listener; s.Accept(ln) }", "that a struct embeds"},
		{"a dot import", "func main() {}", "main.go:3:8: socklab serves net/rpc's requests through the package's name: import \"net/rpc\" without the dot"},
		{"a local type", "func main() { type L int; rpc.Register(new(L)) }", "which cannot name *L"},
		{"jsonrpc.ServeConn as a value", "func main() { f := jsonrpc.ServeConn; _ = f }", "call it directly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := rpcSrc(tt.main)
			if tt.name == "a dot import" {
				src = "package main\n\nimport . \"net/rpc\"\n\nvar _ = Dial\n"
			}
			refuses(t, src, tt.want)
		})
	}
}

func TestRPCMethods(t *testing.T) {
	p := checked(t, "main.go", rpcSrc("func main() {}"))
	arith := p.Types.Scope().Lookup("Arith").Type()
	tests := []struct {
		t    types.Type
		want string
	}{
		{types.NewPointer(arith), "Divide Lists Multiply Slices Value"},
		{arith, "Value"},
		{types.NewPointer(types.NewPointer(arith)), ""},
	}
	for _, tt := range tests {
		var names []string
		for _, m := range rewrite.RPCMethods(tt.t) {
			names = append(names, m.Name())
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.t, got, tt.want)
		}
	}
}

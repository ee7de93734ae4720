package rpcserve

import (
	"bytes"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/rpc"
	"strings"
	"sync"
	"testing"
	"time"
)

// Args and Quotient are net/rpc's example's types.
type Args struct{ A, B int }

type Quotient struct{ Quo, Rem int }

// arith writes the Service that the rewrite writes for net/rpc's example
// Arith, whose Wait method returns once n calls of it have started.
func arith(name string, n int) Service {
	started := make(chan struct{}, n)
	all := make(chan struct{})
	var once sync.Once
	return Service{Type: "*main.Arith", Name: name, Methods: []*Method{
		{Name: "Multiply", Arg: "*main.Args", Reply: "*int",
			NewArg: func() any { return new(Args) }, NewReply: func() any { return new(int) },
			Call: func(a, r any) error { *r.(*int) = a.(*Args).A * a.(*Args).B; return nil }},
		{Name: "Divide", Arg: "main.Args", Reply: "*main.Quotient",
			NewArg: func() any { return new(Args) }, NewReply: func() any { return new(Quotient) },
			Call: func(a, r any) error {
				args := *a.(*Args)
				if args.B == 0 {
					return errors.New("divide by zero")
				}
				*r.(*Quotient) = Quotient{args.A / args.B, args.A % args.B}
				return nil
			}},
		{Name: "Wait", Arg: "int", Reply: "*int",
			NewArg: func() any { return new(int) }, NewReply: func() any { return new(int) },
			Call: func(a, r any) error {
				started <- struct{}{}
				if len(started) == n {
					once.Do(func() { close(all) })
				}
				select {
				case <-all:
				case <-time.After(5 * time.Second):
					return errors.New("calls served one at a time")
				}
				*r.(*int) = *a.(*int)
				return nil
			}},
	}}
}

// quiet sends package log's output to a buffer for the test.
func quiet(t *testing.T) *bytes.Buffer {
	var b bytes.Buffer
	out, flags := log.Writer(), log.Flags()
	log.SetOutput(&b)
	log.SetFlags(0)
	t.Cleanup(func() { log.SetOutput(out); log.SetFlags(flags) })
	return &b
}

func TestRegister(t *testing.T) {
	logged := quiet(t)
	some := []*Method{{Name: "M"}}
	tests := []struct {
		name    string
		svc     Service
		useName string
		want    string
		logs    bool
	}{
		{"named", Service{Type: "*main.T", Name: "T", Methods: some}, "", "", false},
		{"again", Service{Type: "*main.T", Name: "T", Methods: some}, "", "rpc: service already defined: T", false},
		{"by a name", Service{Type: "*main.T", Name: "T", Methods: some}, "Other", "", false},
		{"unexported", Service{Type: "main.t", Name: "t", Methods: some}, "", "rpc.Register: type t is not exported", true},
		{"unexported by a name", Service{Type: "main.t", Name: "t", Methods: some}, "t", "", false},
		{"no name", Service{Type: "*[]int", Methods: some}, "", "rpc.Register: no service name for type *[]int", true},
		{"no methods", Service{Type: "main.U", Name: "U"}, "", "rpc.Register: type U has no exported methods of suitable type", true},
		{"a pointer's methods", Service{Type: "main.P", Name: "P", PointerMethods: true}, "", "rpc.Register: type P has no exported methods of suitable type (hint: pass a pointer to value of that type)", true},
		{"no methods by a name", Service{Type: "main.U", Name: "U"}, "V", "rpc.Register: type V has no exported methods of suitable type", true},
	}
	s := For(rpc.NewServer())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logged.Reset()
			var err error
			if tt.useName != "" {
				err = s.RegisterName(tt.useName, tt.svc)
			} else {
				err = s.Register(tt.svc)
			}
			if got := errText(err); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if want := ""; tt.logs {
				if want = tt.want + "\n"; logged.String() != want {
					t.Errorf("logged %q, want %q", logged.String(), want)
				}
			} else if logged.Len() != 0 {
				t.Errorf("logged %q, want nothing", logged.String())
			}
		})
	}
}

func TestRegisterNil(t *testing.T) {
	defer func() {
		if r := recover(); r != errNilType {
			t.Errorf("recovered %v, want %v", r, errNilType)
		}
	}()
	For(rpc.NewServer()).Register(Service{Type: "*main.T", Name: "T", Nil: true})
}

func TestFor(t *testing.T) {
	a, b := rpc.NewServer(), rpc.NewServer()
	if For(a) != For(a) || For(a) == For(b) {
		t.Error("For does not give one Server per *rpc.Server")
	}
	if For(nil) != nil {
		t.Error("For(nil) is not nil")
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// serve serves s on a loopback listener and returns a client of it.
func serve(t *testing.T, s *Server) *rpc.Client {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logged := quiet(t)
	done := make(chan struct{})
	go func() { s.Accept(ln); close(done) }()
	t.Cleanup(func() {
		ln.Close()
		<-done
		if !strings.HasPrefix(logged.String(), "rpc.Serve: accept:accept tcp ") {
			t.Errorf("Accept logged %q", logged.String())
		}
	})
	c, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestServe(t *testing.T) {
	s := For(rpc.NewServer())
	if err := s.Register(arith("Arith", 1)); err != nil {
		t.Fatal(err)
	}
	c := serve(t, s)
	var product int
	var q Quotient
	tests := []struct {
		method string
		arg    any
		reply  any
		want   string
	}{
		{"Arith.Multiply", &Args{7, 8}, &product, ""},
		{"Arith.Divide", Args{17, 5}, &q, ""},
		{"Arith.Divide", Args{1, 0}, &q, "divide by zero"},
		{"Arith.Add", Args{1, 0}, &q, "rpc: can't find method Arith.Add"},
		{"Math.Add", Args{1, 0}, &q, "rpc: can't find service Math.Add"},
		{"ArithMultiply", Args{1, 0}, &q, "rpc: service/method request ill-formed: ArithMultiply"},
		{"Arith.Multiply", "seven", &product, "gob: type mismatch in decoder: want struct type rpcserve.Args; got non-struct"},
		{"Arith.Multiply", &Args{2, 3}, &product, ""},
	}
	for _, tt := range tests {
		if got := errText(c.Call(tt.method, tt.arg, tt.reply)); got != tt.want {
			t.Errorf("%s(%v): got %q, want %q", tt.method, tt.arg, got, tt.want)
		}
	}
	if product != 6 || q != (Quotient{3, 2}) {
		t.Errorf("replies %d, %v, want 6, {3 2}", product, q)
	}
}

// TestConcurrent checks that each call runs on a goroutine of its own: the
// method returns only once all the calls have started.
func TestConcurrent(t *testing.T) {
	const n = 8
	s := For(rpc.NewServer())
	s.Register(arith("Arith", n))
	c := serve(t, s)
	calls := make([]*rpc.Call, n)
	for i := range calls {
		calls[i] = c.Go("Arith.Wait", i, new(int), nil)
	}
	for i, call := range calls {
		<-call.Done
		if call.Error != nil || *call.Reply.(*int) != i {
			t.Errorf("call %d: %v %d", i, call.Error, *call.Reply.(*int))
		}
	}
}

func TestHTTP(t *testing.T) {
	s := For(rpc.NewServer())
	s.Register(arith("Arith", 1))
	mux := http.NewServeMux()
	mux.Handle("/rpc", s)
	mux.Handle("/debug", debugPage{s})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")

	c, err := rpc.DialHTTPPath("tcp", addr, "/rpc")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var product int
	for range 2 {
		if err := c.Call("Arith.Multiply", &Args{6, 7}, &product); err != nil || product != 42 {
			t.Fatalf("got %d, %v", product, err)
		}
	}

	resp, err := http.Get(srv.URL + "/rpc")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || string(body) != "405 must CONNECT\n" {
		t.Errorf("GET: %d %q", resp.StatusCode, body)
	}

	resp, err = http.Get(srv.URL + "/debug")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		"Service Arith",
		"<td align=left font=fixed>Divide(main.Args, *main.Quotient) error</td>\n\t\t\t<td align=center>0</td>",
		"<td align=left font=fixed>Multiply(*main.Args, *int) error</td>\n\t\t\t<td align=center>2</td>",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("debug page lacks %q:\n%s", want, body)
		}
	}
	if strings.Index(string(body), "Divide") > strings.Index(string(body), "Multiply") {
		t.Errorf("debug page not in the order of names:\n%s", body)
	}
}

// oneRequest is a codec of one request, whose response it keeps.
type oneRequest struct {
	method string
	arg    Args
	resp   *rpc.Response
	body   any
	closed bool
}

func (c *oneRequest) ReadRequestHeader(r *rpc.Request) error {
	if c.method == "" {
		return io.EOF
	}
	r.ServiceMethod, r.Seq = c.method, 9
	return nil
}

func (c *oneRequest) ReadRequestBody(body any) error {
	if body != nil {
		*body.(*Args) = c.arg
	}
	c.method = ""
	return nil
}

func (c *oneRequest) WriteResponse(r *rpc.Response, body any) error {
	c.resp, c.body = r, body
	return nil
}

func (c *oneRequest) Close() error { c.closed = true; return nil }

func TestServeRequest(t *testing.T) {
	s := For(rpc.NewServer())
	s.Register(arith("Arith", 1))
	tests := []struct {
		method  string
		wantErr string
		resp    rpc.Response
		body    any
	}{
		{"Arith.Divide", "", rpc.Response{ServiceMethod: "Arith.Divide", Seq: 9}, &Quotient{2, 1}},
		{"Arith.Nope", "rpc: can't find method Arith.Nope", rpc.Response{ServiceMethod: "Arith.Nope", Seq: 9, Error: "rpc: can't find method Arith.Nope"}, invalidBody},
		{"", "EOF", rpc.Response{}, nil},
	}
	for _, tt := range tests {
		c := &oneRequest{method: tt.method, arg: Args{7, 3}}
		err := s.ServeRequest(c)
		if got := errText(err); got != tt.wantErr {
			t.Errorf("%s: got %q, want %q", tt.method, got, tt.wantErr)
		}
		var resp rpc.Response
		if c.resp != nil {
			resp = *c.resp
		}
		if resp != tt.resp || !equalBody(c.body, tt.body) || c.closed {
			t.Errorf("%s: wrote %+v %v (closed %v), want %+v %v", tt.method, resp, c.body, c.closed, tt.resp, tt.body)
		}
	}
}

func equalBody(a, b any) bool {
	if qa, ok := a.(*Quotient); ok {
		qb, ok := b.(*Quotient)
		return ok && *qa == *qb
	}
	return a == b
}

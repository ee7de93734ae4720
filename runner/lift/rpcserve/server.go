// Package rpcserve serves net/rpc's protocol for a script's services.
//
// net/rpc's server finds a receiver's methods by reflection, which sees
// none on the interpreter's types, so rpc.Register of a script's type
// fails under the interpreter. Package rewrite knows a receiver's methods
// from the type checker: it turns each registration into a Service, a
// table of the methods that net/rpc would publish, as function values,
// and sends every other use of an *rpc.Server (Accept, ServeConn,
// ServeCodec, ServeRequest, HandleHTTP, ServeHTTP, and the package's
// functions that use rpc.DefaultServer) to the Server that stands for it
// here:
//
//	rpc.Register(new(Arith))   =>   sl.Register(_rpcsvc1(new(Arith)))
//	srv.Accept(ln)             =>   sl.For(srv).Accept(ln)
//
// A Server answers as net/rpc's does: the same wire protocol (gob, and
// HTTP's CONNECT), the same errors, each call on a goroutine of its own
// with its response written whole before the next.
package rpcserve

import (
	"errors"
	"go/token"
	"net/rpc"
	"sync"
	"sync/atomic"
)

// Package is the import path under which rewritten source finds this
// package.
const Package = "socklab/rpcserve"

// A Method is one method that net/rpc would publish: exported, of the
// form func (t *T) Name(args A, reply *R) error.
type Method struct {
	Name       string
	Arg, Reply string // A and *R as reflect spells them, for the debug page

	// Arg returns a new argument, a pointer to an A (or to what A points
	// to), for the codec to decode into.
	NewArg func() any
	// NewReply returns a new reply, a *R whose map or slice is made.
	NewReply func() any
	// Call calls the method with what NewArg and NewReply returned.
	Call func(arg, reply any) error
	// Rename, where set, returns the error of decoding an argument into
	// arg with the script's types named as Go names them (the
	// interpreter's struct types have no name).
	Rename func(err error, arg any) error

	calls atomic.Uint64
}

// A Service is a receiver's registration: its methods, and what net/rpc
// would have read of its type.
type Service struct {
	// Type is the receiver's type as reflect spells it (*main.Arith).
	Type string
	// Name is the name of the receiver's type, after one pointer, or ""
	// where that type has none.
	Name string
	// Nil reports that the receiver is a nil pointer, whose type net/rpc
	// cannot name.
	Nil bool
	// Methods are the receiver's suitable methods.
	Methods []*Method
	// PointerMethods reports that a pointer to the receiver would have
	// suitable methods, where the receiver has none (net/rpc's hint).
	PointerMethods bool
}

// A Server holds the services registered with one *rpc.Server.
type Server struct {
	services sync.Map // name => *service
}

// service is a registered Service, its methods by name.
type service struct {
	name    string
	methods map[string]*Method
}

// servers are the Servers, by the *rpc.Server each stands for.
var servers struct {
	sync.Mutex
	m map[*rpc.Server]*Server
}

// For returns the Server that stands for srv; nil for a nil srv, whose
// methods then fail as net/rpc's do on a nil *rpc.Server.
func For(srv *rpc.Server) *Server {
	if srv == nil {
		return nil
	}
	servers.Lock()
	defer servers.Unlock()
	s := servers.m[srv]
	if s == nil {
		if servers.m == nil {
			servers.m = map[*rpc.Server]*Server{}
		}
		s = new(Server)
		servers.m[srv] = s
	}
	return s
}

// Default returns the Server of rpc.DefaultServer, as the variable holds
// it now.
func Default() *Server { return For(rpc.DefaultServer) }

// Register publishes svc's methods under the name of the receiver's type,
// as (*rpc.Server).Register does.
func (s *Server) Register(svc Service) error { return s.register(svc, "", false) }

// RegisterName publishes svc's methods under name, as
// (*rpc.Server).RegisterName does.
func (s *Server) RegisterName(name string, svc Service) error { return s.register(svc, name, true) }

// errNilType is the panic of net/rpc's Register of a nil pointer, whose
// reflect.Indirect is the zero Value.
var errNilType = errors.New("reflect: call of reflect.Value.Type on zero Value")

func (s *Server) register(svc Service, name string, useName bool) error {
	if !useName {
		if svc.Nil {
			panic(errNilType)
		}
		name = svc.Name
	}
	if name == "" {
		return logged(lineNoName, "rpc.Register: no service name for type "+svc.Type)
	}
	if !useName && !token.IsExported(name) {
		return logged(lineUnexported, "rpc.Register: type "+name+" is not exported")
	}
	if len(svc.Methods) == 0 {
		msg := "rpc.Register: type " + name + " has no exported methods of suitable type"
		if svc.PointerMethods {
			msg += " (hint: pass a pointer to value of that type)"
		}
		return logged(lineNoMethods, msg)
	}
	reg := &service{name: name, methods: make(map[string]*Method, len(svc.Methods))}
	for _, m := range svc.Methods {
		reg.methods[m.Name] = m
	}
	if _, dup := s.services.LoadOrStore(name, reg); dup {
		return errors.New("rpc: service already defined: " + name)
	}
	return nil
}

// logged logs msg with package log, as net/rpc does a failed
// registration at line of its server.go, and returns it as an error.
func logged(line int, msg string) error {
	logAt(line, msg)
	return errors.New(msg)
}

// Register is rpc.Register: it registers with rpc.DefaultServer.
func Register(svc Service) error { return Default().Register(svc) }

// RegisterName is rpc.RegisterName.
func RegisterName(name string, svc Service) error { return Default().RegisterName(name, svc) }

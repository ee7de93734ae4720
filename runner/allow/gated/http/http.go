// Package http holds socklab's versions of the types of Go's net/http
// package that reach the network or files by their methods: a script that
// names http.Server, http.Transport or http.Dir gets these, whose fields
// are Go's and whose methods pass the network gate (runner/netgate) or the
// file gate (runner/fsgate). The package is named http so that fmt's %T
// prints what Go prints.
package http

import (
	"context"
	"io/fs"
	stdnet "net"
	"net/http"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/fsgate"
	"github.com/socklab/socklab/runner/netgate"
)

// Server is http.Server whose ListenAndServe listens through the gate.
type Server http.Server

func (s *Server) std() *http.Server { return (*http.Server)(s) }

// shut holds the servers that Shutdown or Close has ended: Go's
// ListenAndServe returns http.ErrServerClosed for them before it listens,
// whatever the address, and the gate would refuse some first.
var shut sync.Map // *Server -> struct{}

func (s *Server) isShut() bool {
	_, ok := shut.Load(s)
	return ok
}

// ListenAndServe listens on s.Addr (":http" if empty) through the gate and
// serves.
func (s *Server) ListenAndServe() error {
	if s.isShut() {
		return http.ErrServerClosed
	}
	addr := s.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.std().Serve(ln)
}

// ListenAndServeTLS is ListenAndServe with TLS; the key files pass the
// file gate.
func (s *Server) ListenAndServeTLS(certFile, keyFile string) error {
	if s.isShut() {
		return http.ErrServerClosed
	}
	if err := checkFiles(certFile, keyFile); err != nil {
		return err
	}
	addr := s.Addr
	if addr == "" {
		addr = ":https"
	}
	ln, err := netgate.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.std().ServeTLS(ln, certFile, keyFile)
}

// ServeTLS serves TLS on l; the key files pass the file gate.
func (s *Server) ServeTLS(l stdnet.Listener, certFile, keyFile string) error {
	if err := checkFiles(certFile, keyFile); err != nil {
		return err
	}
	return s.std().ServeTLS(l, certFile, keyFile)
}

// The rest is http.Server's.

func (s *Server) Serve(l stdnet.Listener) error { return s.std().Serve(l) }
func (s *Server) Close() error {
	shut.Store(s, struct{}{})
	return s.std().Close()
}

func (s *Server) Shutdown(ctx context.Context) error {
	shut.Store(s, struct{}{})
	return s.std().Shutdown(ctx)
}
func (s *Server) RegisterOnShutdown(f func()) { s.std().RegisterOnShutdown(f) }
func (s *Server) SetKeepAlivesEnabled(v bool) { s.std().SetKeepAlivesEnabled(v) }

// checkFiles passes the key files of a TLS server through the file gate;
// empty names (keys given in the TLS configuration) are not files.
func checkFiles(names ...string) error {
	for _, n := range names {
		if n == "" {
			continue
		}
		if err := fsgate.Check("open", n); err != nil {
			return err
		}
	}
	return nil
}

// Transport is http.Transport that dials through the gate when the script
// gives it no dial function of its own (a function the script gives it can
// reach the network only through the gate itself).
type Transport http.Transport

var dialMu sync.Mutex

// std returns t as Go's type, its dial function set to the gate's if the
// script set none.
func (t *Transport) std() *http.Transport {
	tr := (*http.Transport)(t)
	dialMu.Lock()
	if tr.DialContext == nil && tr.Dial == nil { //nolint:staticcheck // Dial is what a script may have set
		tr.DialContext = netgate.DialContext
	}
	dialMu.Unlock()
	return tr
}

// RoundTrip sends req through the gate.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.std().RoundTrip(req)
}

// Clone returns a copy, which is socklab's Transport too.
func (t *Transport) Clone() *Transport { return (*Transport)(t.std().Clone()) }

// NewClientConn dials address through the gate.
func (t *Transport) NewClientConn(ctx context.Context, scheme, address string) (*http.ClientConn, error) {
	return t.std().NewClientConn(ctx, scheme, address)
}

// The rest is http.Transport's.

func (t *Transport) CancelRequest(req *http.Request) { t.std().CancelRequest(req) } //nolint:staticcheck // Go's own method
func (t *Transport) CloseIdleConnections()           { t.std().CloseIdleConnections() }
func (t *Transport) RegisterProtocol(scheme string, rt http.RoundTripper) {
	t.std().RegisterProtocol(scheme, rt)
}

// DefaultTransport returns Go's default transport as a script sees it.
func DefaultTransport() http.RoundTripper {
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		return (*Transport)(t)
	}
	return http.DefaultTransport
}

// Dir is http.Dir whose Open passes the file gate.
type Dir string

// Open opens name below d, as http.Dir does, if the file gate lets it.
func (d Dir) Open(name string) (http.File, error) {
	dir := string(d)
	if dir == "" {
		dir = "."
	}
	full := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+name)))
	if !strings.ContainsRune(name, 0) {
		if err := fsgate.Check("open", full); err != nil {
			return nil, refusal{err}
		}
	}
	return http.Dir(d).Open(name)
}

// refusal is the file gate's error as http.Dir's Open returns it: a
// permission error, so that http.FileServer answers 403 Forbidden.
type refusal struct{ error }

func (e refusal) Is(target error) bool { return target == fs.ErrPermission }
func (e refusal) Unwrap() error        { return e.error }

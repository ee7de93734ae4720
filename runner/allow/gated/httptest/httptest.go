// Package httptest holds socklab's version of the Server of Go's
// net/http/httptest package: a script that names httptest.Server gets this
// one, whose fields are Go's, whose listener is made through the network
// gate (runner/netgate) on loopback, as Go's is, and whose client dials
// through the gate. The package is named httptest so that fmt's %T prints
// what Go prints.
package httptest

import (
	"context"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/socklab/socklab/runner/netgate"
)

// Server is httptest.Server, started on a listener of the gate's.
type Server httptest.Server

func (s *Server) std() *httptest.Server { return (*httptest.Server)(s) }

// NewServer starts and returns a new Server, as httptest.NewServer does.
func NewServer(handler http.Handler) *Server {
	s := NewUnstartedServer(handler)
	s.Start()
	return s
}

// NewUnstartedServer returns a new Server that is not started, listening
// on a port of the loopback interface that the system chooses, as
// httptest.NewUnstartedServer does, through the gate.
func NewUnstartedServer(handler http.Handler) *Server {
	return &Server{Listener: newLocalListener(), Config: &http.Server{Handler: handler}}
}

// NewTLSServer starts and returns a new Server using TLS, as
// httptest.NewTLSServer does.
func NewTLSServer(handler http.Handler) *Server {
	s := NewUnstartedServer(handler)
	s.StartTLS()
	return s
}

// newLocalListener listens as httptest's does, on 127.0.0.1 or else
// [::1], with a port the system chooses, through the gate.
func newLocalListener() net.Listener {
	l, err := netgate.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		if l, err = netgate.Listen("tcp6", "[::1]:0"); err != nil {
			panic(fmt.Sprintf("httptest: failed to listen on a port: %v", err))
		}
	}
	return l
}

// Start starts the server, as httptest's Start does; its client dials
// through the gate.
func (s *Server) Start() {
	s.std().Start()
	s.gateClient("80")
}

// StartTLS starts TLS on the server, as httptest's StartTLS does; its
// client dials through the gate.
func (s *Server) StartTLS() {
	s.std().StartTLS()
	s.gateClient("443")
}

// gateClient makes the server's client dial through the gate where the
// script gives its transport no dial function of its own, with the
// rewriting of example.com's names to the server's address that
// httptest's client does (port is the scheme's).
func (s *Server) gateClient(port string) {
	c := s.std().Client()
	if c == nil {
		return
	}
	tr, ok := c.Transport.(*http.Transport)
	if !ok {
		return
	}
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if tr.Dial != nil { //nolint:staticcheck // Dial is what a script may have set
			return tr.Dial(network, addr) //nolint:staticcheck // as httptest's client does
		}
		if addr == "example.com:"+port || strings.HasSuffix(addr, ".example.com:"+port) {
			addr = s.Listener.Addr().String()
		}
		return netgate.DialContext(ctx, network, addr)
	}
}

// The rest is httptest.Server's.

func (s *Server) Close()                         { s.std().Close() }
func (s *Server) CloseClientConnections()        { s.std().CloseClientConnections() }
func (s *Server) Certificate() *x509.Certificate { return s.std().Certificate() }
func (s *Server) Client() *http.Client           { return s.std().Client() }

package rpcserve

import (
	"io"
	"net/http"
	"net/rpc"
)

// ServeHTTP answers an HTTP CONNECT by taking over its connection and
// serving RPC on it, as (*rpc.Server).ServeHTTP does; any other method
// gets 405.
func (s *Server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != "CONNECT" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusMethodNotAllowed)
		io.WriteString(w, "405 must CONNECT\n")
		return
	}
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		logAt(lineHijack, "rpc hijacking ", req.RemoteAddr, ": ", err.Error())
		return
	}
	io.WriteString(conn, "HTTP/1.0 200 Connected to Go RPC\n\n")
	s.ServeConn(conn)
}

// HandleHTTP registers s on http.DefaultServeMux at rpcPath, and its
// debugging page at debugPath.
func (s *Server) HandleHTTP(rpcPath, debugPath string) {
	http.Handle(rpcPath, s)
	http.Handle(debugPath, debugPage{s})
}

// HandleHTTP is rpc.HandleHTTP.
func HandleHTTP() { Default().HandleHTTP(rpc.DefaultRPCPath, rpc.DefaultDebugPath) }

package lift

import (
	"log"
	"net/http"
	"reflect"
	"unsafe"
)

// net/http logs a handler's second WriteHeader ("http: superfluous
// response.WriteHeader call from main.handler (main.go:14)"), and one on a
// hijacked connection, naming the first function on the stack outside
// net/http: under the interpreter that is reflect's (reflect.Value.call
// (value.go:586)). The rewrite (pass httpsite) hands the response of such
// a call its site, the function as Go names it and the file and line:
//
//	w.WriteHeader(500)          =>   lift.ResponseAt(w, "main.handler", "main.go", 14).WriteHeader(500)
//	http.Error(w, "boom", 500)  =>   http.Error(lift.ResponseAt(w, "main.handler", "main.go", 19), "boom", 500)
//
// and the response so handed logs those calls itself, with that site,
// where the server logs them; every other call goes to the response.

// ResponseAt returns w as a response whose WriteHeader logs a call that
// net/http would log as one from fn at file:line; w itself unless it is a
// response of net/http's server.
func ResponseAt(w http.ResponseWriter, fn, file string, line int) http.ResponseWriter {
	if w == nil {
		return w
	}
	v := reflect.ValueOf(w)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Type().Elem().Name() != "response" || v.Type().Elem().PkgPath() != "net/http" {
		return w
	}
	return &sitedResponse{w: w, v: v.Elem(), fn: fn, file: file, line: line}
}

// sitedResponse is a response of net/http's server with the site of the
// script's call that hands it on.
type sitedResponse struct {
	w        http.ResponseWriter
	v        reflect.Value // *w, net/http's response struct
	fn, file string
	line     int
}

func (s *sitedResponse) Header() http.Header         { return s.w.Header() }
func (s *sitedResponse) Write(b []byte) (int, error) { return s.w.Write(b) }

// WriteHeader is the response's, but for the calls it logs, which name
// the script's site: as net/http's, it checks for a hijacked connection
// first, then for a header written already. It reads the flags as the
// handler's goroutine, which owns the response, without the connection's
// lock that net/http takes for the first: a handler that hijacks the
// connection on one goroutine and writes a header on another races in Go
// too.
func (s *sitedResponse) WriteHeader(code int) {
	conn := s.v.FieldByName("conn")
	if !conn.IsValid() || conn.IsNil() {
		s.w.WriteHeader(code)
		return
	}
	hijacked, wrote := conn.Elem().FieldByName("hijackedv"), s.v.FieldByName("wroteHeader")
	server := conn.Elem().FieldByName("server")
	if !hijacked.IsValid() || !wrote.IsValid() || !server.IsValid() || server.IsNil() {
		s.w.WriteHeader(code)
		return
	}
	srv := (*http.Server)(unsafe.Pointer(server.Pointer()))
	switch {
	case hijacked.Bool():
		logf(srv, "http: response.WriteHeader on hijacked connection from %s (%s:%d)", s.fn, s.file, s.line)
	case wrote.Bool():
		logf(srv, "http: superfluous response.WriteHeader call from %s (%s:%d)", s.fn, s.file, s.line)
	default:
		s.w.WriteHeader(code)
	}
}

// logf logs as the server does: to its ErrorLog, else to log's standard
// logger.
func logf(srv *http.Server, format string, args ...any) {
	if srv.ErrorLog != nil {
		srv.ErrorLog.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

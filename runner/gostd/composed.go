package gostd

import (
	"bufio"
	"io"
	"net"
	"net/http"
)

// Wrappers of a script's value for interfaces larger than the one a
// compiled function takes, where the function looks for the larger one:
// net/http hijacks a ResponseWriter that is also a Hijacker, io.Copy calls
// WriteTo and ReadFrom. As the extractor's wrappers, each holds the
// script's value and one function field per method, W followed by the
// method's name, which the interpreter fills in.

// responseWriterHijacker is an http.ResponseWriter that is an http.Hijacker.
type responseWriterHijacker struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
}

func (w responseWriterHijacker) Header() http.Header         { return w.WHeader() }
func (w responseWriterHijacker) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterHijacker) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}

// readerWriterTo is an io.Reader that is an io.WriterTo.
type readerWriterTo struct {
	IValue   any
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (r readerWriterTo) Read(p []byte) (int, error)         { return r.WRead(p) }
func (r readerWriterTo) WriteTo(w io.Writer) (int64, error) { return r.WWriteTo(w) }

// writerReaderFrom is an io.Writer that is an io.ReaderFrom.
type writerReaderFrom struct {
	IValue    any
	WWrite    func(p []byte) (int, error)
	WReadFrom func(r io.Reader) (int64, error)
}

func (w writerReaderFrom) Write(p []byte) (int, error)         { return w.WWrite(p) }
func (w writerReaderFrom) ReadFrom(r io.Reader) (int64, error) { return w.WReadFrom(r) }

// stringerSelf is a fmt.Stringer of a type that the script declares,
// which package rewrite gives a method socklabSelf returning the value
// itself (lift.SelfMethod): the interpreter keeps in IValue what it takes
// for the concrete value, which for a struct value is its last field that
// is set, so lift asks the method for the struct, to print its type, to
// assert it and to compare it as Go does.
type stringerSelf struct {
	IValue       any
	WString      func() string
	WsocklabSelf func() any
}

func (s stringerSelf) String() string { return s.WString() }

// addrSelf is a net.Addr of a type that the script declares with the
// method socklabSelf (see stringerSelf): a script's own address type, as
// a fake connection's LocalAddr returns, which %T names as Go does.
type addrSelf struct {
	IValue       any
	WNetwork     func() string
	WString      func() string
	WsocklabSelf func() any
}

func (a addrSelf) Network() string { return a.WNetwork() }
func (a addrSelf) String() string  { return a.WString() }

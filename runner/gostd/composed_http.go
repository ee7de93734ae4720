package gostd

import (
	"bufio"
	"net"
	"net/http"
)

// Wrappers of a script's http.ResponseWriter that has more of the methods
// net/http looks for than Hijack (see composed.go): a middleware's writer
// that wraps the server's has Unwrap, which http.ResponseController
// follows to flush, hijack or set deadlines, and often Flush of its own.
// The interpreter picks the first wrapper whose methods the value has all
// of, so MapTypes lists them largest first.

// responseWriterFlusherHijackerUnwrapper is an
// http.ResponseWriter with Flush, Hijack and Unwrap.
type responseWriterFlusherHijackerUnwrapper struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WFlush       func()
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
	WUnwrap      func() http.ResponseWriter
}

func (w responseWriterFlusherHijackerUnwrapper) Header() http.Header         { return w.WHeader() }
func (w responseWriterFlusherHijackerUnwrapper) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterFlusherHijackerUnwrapper) WriteHeader(statusCode int) {
	w.WWriteHeader(statusCode)
}
func (w responseWriterFlusherHijackerUnwrapper) Flush() { w.WFlush() }
func (w responseWriterFlusherHijackerUnwrapper) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}
func (w responseWriterFlusherHijackerUnwrapper) Unwrap() http.ResponseWriter { return w.WUnwrap() }

// responseWriterFlusherHijacker is an
// http.ResponseWriter with Flush and Hijack.
type responseWriterFlusherHijacker struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WFlush       func()
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
}

func (w responseWriterFlusherHijacker) Header() http.Header         { return w.WHeader() }
func (w responseWriterFlusherHijacker) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterFlusherHijacker) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterFlusherHijacker) Flush()                      { w.WFlush() }
func (w responseWriterFlusherHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}

// responseWriterFlusherUnwrapper is an
// http.ResponseWriter with Flush and Unwrap.
type responseWriterFlusherUnwrapper struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WFlush       func()
	WUnwrap      func() http.ResponseWriter
}

func (w responseWriterFlusherUnwrapper) Header() http.Header         { return w.WHeader() }
func (w responseWriterFlusherUnwrapper) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterFlusherUnwrapper) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterFlusherUnwrapper) Flush()                      { w.WFlush() }
func (w responseWriterFlusherUnwrapper) Unwrap() http.ResponseWriter { return w.WUnwrap() }

// responseWriterHijackerUnwrapper is an
// http.ResponseWriter with Hijack and Unwrap.
type responseWriterHijackerUnwrapper struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
	WUnwrap      func() http.ResponseWriter
}

func (w responseWriterHijackerUnwrapper) Header() http.Header         { return w.WHeader() }
func (w responseWriterHijackerUnwrapper) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterHijackerUnwrapper) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterHijackerUnwrapper) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}
func (w responseWriterHijackerUnwrapper) Unwrap() http.ResponseWriter { return w.WUnwrap() }

// responseWriterFlusher is an
// http.ResponseWriter with Flush.
type responseWriterFlusher struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WFlush       func()
}

func (w responseWriterFlusher) Header() http.Header         { return w.WHeader() }
func (w responseWriterFlusher) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterFlusher) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterFlusher) Flush()                      { w.WFlush() }

// responseWriterUnwrapper is an
// http.ResponseWriter with Unwrap.
type responseWriterUnwrapper struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(b []byte) (int, error)
	WWriteHeader func(statusCode int)
	WUnwrap      func() http.ResponseWriter
}

func (w responseWriterUnwrapper) Header() http.Header         { return w.WHeader() }
func (w responseWriterUnwrapper) Write(b []byte) (int, error) { return w.WWrite(b) }
func (w responseWriterUnwrapper) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseWriterUnwrapper) Unwrap() http.ResponseWriter { return w.WUnwrap() }

// difftest: same
package main

// Values of interfaces the program declares (a Peer that embeds
// io.ReadWriter, a CodedError that embeds error, a Greeter that embeds
// http.Handler) handed as they are to Go's library: to fmt.Fprintf,
// bufio.NewReader, json.NewEncoder, io.Copy and io.WriteString as
// writers and readers, to errors.Is, errors.As and fmt.Errorf's %w as
// errors, and to an http.Server's Handler field and a ServeMux as
// handlers. One Peer gets its Read from an embedded *strings.Reader, one
// all its I/O from an embedded net.Conn.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
)

type Peer interface {
	io.ReadWriter
	Name() string
}

type client struct {
	net.Conn
	name string
}

func (c *client) Name() string { return c.name }

type memPeer struct {
	*strings.Reader
	out  strings.Builder
	name string
}

func (m *memPeer) Write(p []byte) (int, error) { return m.out.Write(p) }
func (m *memPeer) Name() string                { return m.name }

type CodedError interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (e *httpErr) Error() string { return fmt.Sprintf("status %d", e.code) }
func (e *httpErr) Code() int     { return e.code }

var ErrGone = &httpErr{410}

func lookup(n int) CodedError {
	if n > 1 {
		return ErrGone
	}
	return nil
}

type Greeter interface {
	http.Handler
	Greeting() string
}

type hello struct{ word string }

func (h hello) ServeHTTP(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, h.word, r.URL.Path) }
func (h hello) Greeting() string                                 { return h.word }

func main() {
	m := &memPeer{Reader: strings.NewReader("line one\nline two\n"), name: "mem"}
	var p Peer = m
	r := bufio.NewReader(p)
	l, _ := r.ReadString('\n')
	fmt.Print("read: ", l)
	enc := json.NewEncoder(p)
	enc.Encode(map[string]string{"name": p.Name()})
	n, err := io.Copy(p, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	io.WriteString(p, "written\n")
	fmt.Fprint(p, "printed\n")
	fmt.Print(m.out.String())

	e := lookup(2)
	fmt.Println(errors.Is(e, ErrGone), e.Code())
	var target *httpErr
	fmt.Println(errors.As(e, &target), target.code)
	fmt.Println(lookup(0) == nil)
	werr := fmt.Errorf("wrapped: %w", e)
	fmt.Println(werr, errors.Is(werr, ErrGone))

	var g Greeter = hello{"hi"}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: g}
	go srv.Serve(ln)
	resp, err := http.Get("http://" + ln.Addr().String() + "/x")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	fmt.Print(string(b))
	mux := http.NewServeMux()
	mux.Handle("/g", g)
	srv.Handler = mux
	resp, _ = http.Get("http://" + ln.Addr().String() + "/g")
	b, _ = io.ReadAll(resp.Body)
	fmt.Print(string(b))

	c1, c2 := net.Pipe()
	var cp Peer = &client{c1, "pipe"}
	go func() {
		fmt.Fprintf(cp, "from %s\n", cp.Name())
		cp.(*client).Close()
	}()
	all, _ := io.ReadAll(c2)
	fmt.Print(string(all))
	var np Peer
	fmt.Fprintln(os.Stdout, np == nil)
}

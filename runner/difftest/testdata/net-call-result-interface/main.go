// difftest: same
package main

// Results of the script's constructors handed straight to Go's library
// where it takes an interface (an io.Reader, an http.Handler, an
// rpc.ClientCodec), and to the script's own functions taking an error or
// an io.Writer: each arrives with its methods.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/rpc"
	"net/rpc/jsonrpc"
	"strings"
)

type tagged struct {
	net.Conn
	tag string
}

func wrap(c net.Conn, tag string) *tagged { return &tagged{c, tag} }

type prefixer struct {
	w   io.Writer
	pre string
}

func (p prefixer) Write(b []byte) (int, error) {
	_, err := io.WriteString(p.w, p.pre+string(b))
	return len(b), err
}

func prefixed(w io.Writer, pre string) prefixer { return prefixer{w, pre} }

type app struct{ name string }

func (a *app) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s serves %s", a.name, r.URL.Path)
}

func newApp(name string) *app { return &app{name} }

type statusError struct{ code int }

func (e statusError) Error() string { return fmt.Sprintf("status %d", e.code) }

func failed(code int) statusError { return statusError{code} }

func report(err error) { fmt.Println("report:", err) }

type Echo struct{}

func (Echo) Say(s string, reply *string) error {
	*reply = strings.ToUpper(s)
	return nil
}

type codec struct{ rpc.ClientCodec }

func newCodec(c net.Conn) codec { return codec{jsonrpc.NewClientCodec(c)} }

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	got := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		b, _ := io.ReadAll(bufio.NewReader(wrap(c, "server")))
		got <- string(b)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(prefixed(wrap(c, "client"), "> "), "hello")
	io.Copy(prefixed(c, "# "), strings.NewReader("copied\n"))
	c.Close()
	fmt.Print(<-got)

	mux := http.NewServeMux()
	mux.Handle("/a/", newApp("inner"))
	mux.Handle("/b/", http.StripPrefix("/b", newApp("stripped")))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, p := range []string{"/a/x", "/b/y"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b))
	}

	report(failed(404))
	fmt.Println(fmt.Errorf("fetch: %w", failed(500)))

	rs := rpc.NewServer()
	rs.Register(Echo{})
	rl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer rl.Close()
	go func() {
		c, err := rl.Accept()
		if err == nil {
			rs.ServeCodec(jsonrpc.NewServerCodec(c))
		}
	}()
	rc, err := net.Dial("tcp", rl.Addr().String())
	if err != nil {
		panic(err)
	}
	cl := rpc.NewClientWithCodec(newCodec(rc))
	var reply string
	fmt.Println(cl.Call("Echo.Say", "over json", &reply), reply)
	cl.Close()
}

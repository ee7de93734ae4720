// difftest: same
package main

// A server of its own as an http.Handler: on a mux of the program's, and
// with HandleHTTP at paths of its own.

import (
	"fmt"
	"net"
	"net/http"
	"net/rpc"
)

type Greeter struct{ greeting string }

func (g *Greeter) Greet(name string, out *string) error {
	*out = g.greeting + ", " + name
	return nil
}

type Handlers struct {
	RPC http.Handler
}

func handler(s *rpc.Server) http.Handler { return s }

func main() {
	hello, hi := rpc.NewServer(), rpc.NewServer()
	hello.Register(&Greeter{"hello"})
	hi.Register(&Greeter{"hi"})

	mux := http.NewServeMux()
	mux.Handle("/hello", hello)
	hs := Handlers{RPC: hi}
	mux.Handle("/hi", hs.RPC)
	var h http.Handler = handler(hello)
	mux.Handle("/again", h)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l, mux)

	for _, path := range []string{"/hello", "/hi", "/again"} {
		client, err := rpc.DialHTTPPath("tcp", l.Addr().String(), path)
		if err != nil {
			panic(err)
		}
		var out string
		fmt.Println(client.Call("Greeter.Greet", "ann", &out), out)
		client.Close()
	}

	hi.HandleHTTP("/rpc/hi", "/debug/hi")
	l2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l2, nil)
	client, err := rpc.DialHTTPPath("tcp", l2.Addr().String(), "/rpc/hi")
	if err != nil {
		panic(err)
	}
	var out string
	fmt.Println(client.Call("Greeter.Greet", "bob", &out), out)
	client.Close()
	_, err = rpc.DialHTTP("tcp", l2.Addr().String())
	fmt.Println(err)
}

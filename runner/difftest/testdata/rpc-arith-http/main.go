// difftest: same
package main

// net/rpc over HTTP: HandleHTTP, http.Serve and DialHTTP, and the
// debugging page HandleHTTP serves.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/rpc"
	"strings"
)

type Args struct {
	A, B int
}

type Arith int

func (t *Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (t *Arith) Add(args Args, reply *int) error {
	*reply = args.A + args.B
	return nil
}

func main() {
	if err := rpc.Register(new(Arith)); err != nil {
		fmt.Println(err)
	}
	rpc.HandleHTTP()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l, nil)

	client, err := rpc.DialHTTP("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()
	var product, sum int
	err = client.Call("Arith.Multiply", &Args{6, 7}, &product)
	fmt.Println(product, err)
	err = client.Call("Arith.Add", Args{6, 7}, &sum)
	fmt.Println(sum, err)
	err = client.Call("Arith.Add", &Args{1, 2}, &sum)
	fmt.Println(sum, err)

	resp, err := http.Get("http://" + l.Addr().String() + rpc.DefaultRPCPath)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s %q\n", resp.StatusCode, resp.Header.Get("Content-Type"), body)

	resp, err = http.Get("http://" + l.Addr().String() + rpc.DefaultDebugPath)
	if err != nil {
		panic(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	fmt.Println(strings.TrimSpace(string(body)))

	_, err = rpc.DialHTTPPath("tcp", l.Addr().String(), "/elsewhere")
	fmt.Println(err != nil && strings.Contains(err.Error(), "404 Not Found"))
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
)

type Args struct{ A, B int }

type Arith int

func (t *Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (t *Arith) Divide(args *Args, reply *int) error {
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	*reply = args.A / args.B
	return nil
}

func main() {
	if err := rpc.Register(new(Arith)); err != nil {
		fmt.Println("register:", err)
		return
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go rpc.Accept(ln)
	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var product int
	err = client.Call("Arith.Multiply", &Args{7, 8}, &product)
	fmt.Println(product, err)
	var q int
	err = client.Call("Arith.Divide", &Args{1, 0}, &q)
	fmt.Println(q, err)
	client.Close()
}

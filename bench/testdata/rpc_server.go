//go:build ignore

// rpc_server listens on os.Args[1], prints the address it got, and serves
// net/rpc's package example, Arith, to its one client.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"os"
)

type Args struct {
	A, B int
}

type Quotient struct {
	Quo, Rem int
}

type Arith int

func (t *Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (t *Arith) Divide(args *Args, quo *Quotient) error {
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	quo.Quo = args.A / args.B
	quo.Rem = args.A % args.B
	return nil
}

func main() {
	if err := rpc.Register(new(Arith)); err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", os.Args[1])
	if err != nil {
		panic(err)
	}
	fmt.Println(ln.Addr())
	conn, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	rpc.ServeConn(conn)
}

// difftest: same
package main

// net/rpc's package example: Arith served over TCP, called with Call and
// with Go.

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/rpc"
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
	arith := new(Arith)
	rpc.Register(arith)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal("listen error:", err)
	}
	go rpc.Accept(l)

	client, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		log.Fatal("dialing:", err)
	}
	args := &Args{7, 8}
	var reply int
	err = client.Call("Arith.Multiply", args, &reply)
	if err != nil {
		log.Fatal("arith error:", err)
	}
	fmt.Printf("Arith: %d*%d=%d\n", args.A, args.B, reply)

	quotient := new(Quotient)
	divCall := client.Go("Arith.Divide", &Args{17, 5}, quotient, nil)
	replyCall := <-divCall.Done
	fmt.Println(replyCall.Error, quotient.Quo, quotient.Rem, replyCall.ServiceMethod)

	// Many calls at once, on one connection.
	calls := make([]*rpc.Call, 10)
	replies := make([]int, 10)
	for i := range calls {
		calls[i] = client.Go("Arith.Multiply", &Args{i, i}, &replies[i], make(chan *rpc.Call, 1))
	}
	for i, c := range calls {
		<-c.Done
		fmt.Print(replies[i], " ")
	}
	fmt.Println()

	var q Quotient
	err = client.Call("Arith.Divide", &Args{1, 0}, &q)
	fmt.Println(err, q)
	var se rpc.ServerError
	fmt.Println(errors.As(err, &se), err == rpc.ErrShutdown)
	client.Close()
	err = client.Call("Arith.Multiply", args, &reply)
	fmt.Println(err, err == rpc.ErrShutdown)
}

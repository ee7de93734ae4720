// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/rpc"
)

type Args struct{ A, B int }

type Quotient struct{ Quo, Rem int }

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
	srv := rpc.NewServer()
	if err := srv.Register(arith); err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go srv.Accept(ln)
	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal("dialing:", err)
	}
	var reply int
	err = client.Call("Arith.Multiply", &Args{7, 8}, &reply)
	fmt.Printf("Arith: %d*%d=%d %v\n", 7, 8, reply, err)
	q := new(Quotient)
	call := client.Go("Arith.Divide", &Args{17, 5}, q, nil)
	<-call.Done
	fmt.Printf("%+v %v\n", *q, call.Error)
	err = client.Call("Arith.Divide", Args{1, 0}, q)
	fmt.Printf("%v %T %v\n", err, err, err == rpc.ServerError("divide by zero"))
	var se rpc.ServerError
	fmt.Println(errors.As(err, &se), string(se))
	err = client.Call("Arith.Nope", Args{}, &reply)
	fmt.Println(err)
	client.Close()
	err = client.Call("Arith.Multiply", Args{1, 2}, &reply)
	fmt.Println(err, errors.Is(err, rpc.ErrShutdown))
	ln.Close()
}

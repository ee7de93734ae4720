// difftest: same
package main

// The net/rpc Arith service on a type declared on int, registered by
// pointer (new(Arith)): its methods' errors reach the client as
// rpc.ServerError, and the replies of asynchronous calls (client.Go) are
// asserted back to *int, which the interpreter tells from *Arith here, as
// only rpc.Register is handed a *Arith as an interface.

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
)

type Args struct{ A, B int }

type Quotient struct{ Quo, Rem int }

type Arith int

var ErrDivZero = errors.New("divide by zero")

func (t *Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (t *Arith) Divide(args *Args, quo *Quotient) error {
	if args.B == 0 {
		return ErrDivZero
	}
	quo.Quo = args.A / args.B
	quo.Rem = args.A % args.B
	return nil
}

func (t *Arith) Fail(args Args, reply *string) error {
	*reply = "partial"
	return fmt.Errorf("fail %d: %w", args.A, ErrDivZero)
}

func (t *Arith) helper() {}

func main() {
	srv := rpc.NewServer()
	if err := srv.Register(new(Arith)); err != nil {
		fmt.Println(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Accept(ln)
	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var prod int
	err = client.Call("Arith.Multiply", &Args{7, 8}, &prod)
	fmt.Println(prod, err)
	var q Quotient
	err = client.Call("Arith.Divide", Args{17, 5}, &q)
	fmt.Printf("%+v %v\n", q, err)
	err = client.Call("Arith.Divide", Args{1, 0}, &q)
	fmt.Printf("%v %T %v\n", err, err, errors.Is(err, ErrDivZero))
	if se, ok := err.(rpc.ServerError); ok {
		fmt.Println("server error:", string(se))
	}
	var s string
	err = client.Call("Arith.Fail", Args{3, 0}, &s)
	fmt.Printf("%q %v\n", s, err)
	err = client.Call("Arith.Power", Args{2, 3}, &prod)
	fmt.Println(err)
	err = client.Call("Nope.Multiply", Args{2, 3}, &prod)
	fmt.Println(err)
	err = client.Call("Arith.Multiply", "wrong", &prod)
	fmt.Println(err)
	calls := make([]*rpc.Call, 3)
	for i := range calls {
		calls[i] = client.Go("Arith.Multiply", &Args{i, i}, new(int), nil)
	}
	for _, c := range calls {
		<-c.Done
		fmt.Println(c.ServiceMethod, *c.Reply.(*int), c.Error)
	}
	client.Close()
	err = client.Call("Arith.Multiply", &Args{1, 1}, &prod)
	fmt.Println(err, err == rpc.ErrShutdown)
	ln.Close()
	type Bad struct{}
	fmt.Println(srv.Register(Bad{}))
	fmt.Println(srv.RegisterName("Calc", new(Arith)))
}

// difftest: same
package main

// A client's asynchronous Go call whose reply gob cannot decode: the
// Call's Error names the client's reply type as Go's does, once Done
// hands it back, on the channel the client gave or on the Call's own.

import (
	"fmt"
	"net"
	"net/rpc"
)

type Args struct{ A, B int }

type Quotient struct{ Q, R int }

type Arith int

func (t *Arith) Divide(args *Args, quo *Quotient) error {
	quo.Q, quo.R = args.A/args.B, args.A%args.B
	return nil
}

func (t *Arith) Name(args *Args, name *string) error {
	*name = fmt.Sprint(args.A, "/", args.B)
	return nil
}

func main() {
	rpc.Register(new(Arith))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go rpc.Accept(l)
	client, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()

	var q Quotient
	call := client.Go("Arith.Divide", &Args{17, 5}, &q, nil)
	<-call.Done
	fmt.Println(call.ServiceMethod, q, call.Error, call.Reply == any(&q))

	done := make(chan *rpc.Call, 2)
	var wrong Quotient
	call = client.Go("Arith.Name", &Args{7, 2}, &wrong, done)
	got := <-done
	fmt.Println(got == call, got.ServiceMethod, got.Error)
	fmt.Println(got.Args.(*Args).A, wrong)
}

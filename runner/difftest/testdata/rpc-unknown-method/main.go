// difftest: same
package main

// The errors a client sees for a request the server cannot route.

import (
	"fmt"
	"net"
	"net/rpc"
)

type Echo struct{}

func (Echo) Say(in string, out *string) error {
	*out = "echo: " + in
	return nil
}

func (Echo) helper(in string, out *string) error { return nil }

func main() {
	if err := rpc.Register(Echo{}); err != nil {
		fmt.Println(err)
	}
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
	var out string
	for _, name := range []string{"Echo.Say", "Echo.Shout", "Echo.helper", "Ohce.Say", "EchoSay", "Echo.Say.Twice", ".Say", "Echo."} {
		out = ""
		err := client.Call(name, "hi", &out)
		fmt.Printf("%s: %q %v\n", name, out, err)
	}
}

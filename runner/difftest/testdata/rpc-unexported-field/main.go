// difftest: refused the interpreter's struct types export a script's unexported fields, which net/rpc's gob then sends
package main

import (
	"fmt"
	"net"
	"net/rpc"
)

type Item struct {
	Name  string
	price int
}

type Shop struct{}

func (Shop) Bump(in Item, out *Item) error {
	*out = Item{in.Name + "!", in.price + 1}
	return nil
}

func main() {
	rpc.Register(Shop{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go rpc.Accept(l)
	c, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	var out Item
	err = c.Call("Shop.Bump", Item{"a", 5}, &out)
	fmt.Println(out, err)
}

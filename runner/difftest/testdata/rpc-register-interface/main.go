// difftest: refused net/rpc finds the methods of a receiver held in an interface at run time, which socklab cannot do for the interpreter's types
package main

import (
	"fmt"
	"net/rpc"
)

type Clock struct{}

func (Clock) Now(_ int, out *string) error {
	*out = "noon"
	return nil
}

func main() {
	var service any = Clock{}
	fmt.Println(rpc.Register(service))
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, nw := range []string{"foo", "TCP", "ip", "tcp7"} {
		_, err := net.Dial(nw, "127.0.0.1:1")
		fmt.Println(err)
		var une net.UnknownNetworkError
		fmt.Println(errors.As(err, &une), err.(*net.OpError).Addr == nil)
		_, err = net.Listen(nw, "127.0.0.1:0")
		fmt.Println(err)
		_, err = net.ListenPacket(nw, "127.0.0.1:0")
		fmt.Println(err)
	}
}

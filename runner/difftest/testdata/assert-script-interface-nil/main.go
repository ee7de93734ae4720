// difftest: same
package main

// A failed comma-ok assertion to an interface the script declares, in a
// loop, gives a nil interface, which a Go build compares equal to nil;
// errors.As leaves its target nil where nothing in the chain has the
// methods. The errors come from a real UDP read on loopback that times
// out, and from errors.New.

import (
	"errors"
	"fmt"
	"net"
	"time"
)

type timeouter interface{ Timeout() bool }

func get() error {
	pc, _ := net.ListenPacket("udp", "127.0.0.1:0")
	defer pc.Close()
	pc.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	buf := make([]byte, 10)
	_, _, err := pc.ReadFrom(buf)
	return err
}

func main() {
	for _, err := range []error{get(), errors.New("x"), nil} {
		te, ok := err.(timeouter)
		fmt.Println(ok, te != nil, te == nil, nil == te)
		var t timeouter
		found := errors.As(err, &t)
		fmt.Println(found, t != nil)
		if t != nil {
			fmt.Println(t.Timeout())
		}
	}
}

// difftest: same
package main

// A UDP client that retries on a timeout, told by the older idiom: an
// assertion to an interface literal with a Timeout method, which a Go
// build's *net.OpError satisfies, and errors.As into an interface the
// script declares. The interpreter's own assertion never matched a value
// of Go's library; socklab asserts lift's interface of the same methods.

import (
	"errors"
	"fmt"
	"net"
	"time"
)

type temporary interface {
	Temporary() bool
}

func isTimeout(err error) bool {
	te, ok := err.(interface{ Timeout() bool })
	return ok && te.Timeout()
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer pc.Close()
	conn, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	buf := make([]byte, 64)
	for try := 1; try <= 2; try++ {
		conn.Write([]byte("ping"))
		conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
		_, err := conn.Read(buf)
		if isTimeout(err) {
			fmt.Println("try", try, "timed out")
			continue
		}
		fmt.Println("try", try, err)
	}
	var tmp temporary
	fmt.Println(errors.As(fmt.Errorf("read: %w", net.UnknownNetworkError("x")), &tmp))
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	pc.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 10)
	_, _, err = pc.ReadFrom(buf)
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded))
	if ne, ok := err.(net.Error); ok {
		fmt.Println("timeout", ne.Timeout())
	}
	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(c, "ping %d", i)
	}
	pc.SetReadDeadline(time.Now().Add(time.Second))
	for i := 0; i < 3; i++ {
		n, _, err := pc.ReadFrom(buf)
		fmt.Println(string(buf[:n]), err)
	}
}

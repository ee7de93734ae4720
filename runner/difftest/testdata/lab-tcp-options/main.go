// difftest: same
package main

// Socket options through *net.TCPConn: Nagle off with SetNoDelay, keep-
// alives on with a period, buffer sizes, and SetLinger; each call is
// checked for an error. Then a few small writes, which arrive whole.

import (
	"fmt"
	"io"
	"net"
	"time"
)

func main() {
	ln, err := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	got := make(chan string)
	go func() {
		c, err := ln.AcceptTCP()
		if err != nil {
			return
		}
		defer c.Close()
		bufErr := c.SetReadBuffer(64 * 1024)
		b, _ := io.ReadAll(c)
		got <- fmt.Sprintf("%s (server SetReadBuffer: %v)", b, bufErr)
	}()
	c, err := net.DialTCP("tcp", nil, ln.Addr().(*net.TCPAddr))
	if err != nil {
		panic(err)
	}
	fmt.Println("SetNoDelay:", c.SetNoDelay(true))
	fmt.Println("SetKeepAlive:", c.SetKeepAlive(true))
	fmt.Println("SetKeepAlivePeriod:", c.SetKeepAlivePeriod(30*time.Second))
	fmt.Println("SetWriteBuffer:", c.SetWriteBuffer(32*1024))
	fmt.Println("SetLinger:", c.SetLinger(0) == nil)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(c, "[%d]", i)
	}
	c.CloseWrite()
	fmt.Println("received:", <-got)
	c.Close()
}

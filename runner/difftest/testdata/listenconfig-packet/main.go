// difftest: same
package main

// net.ListenConfig takes a context for both kinds of listener: Listen for a
// stream and ListenPacket for datagrams; a second listener on a port in use
// fails with EADDRINUSE inside a *net.OpError.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"syscall"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var lc net.ListenConfig

	ln, err := lc.Listen(ctx, "tcp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	fmt.Printf("%T %s\n", ln, ln.Addr().Network())

	_, err = lc.Listen(ctx, "tcp4", ln.Addr().String())
	fmt.Println(err)
	fmt.Println("in use:", errors.Is(err, syscall.EADDRINUSE))

	pc, err := lc.ListenPacket(ctx, "udp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	fmt.Printf("%T %s\n", pc, pc.LocalAddr().Network())

	go func() {
		buf := make([]byte, 32)
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		pc.WriteTo(append([]byte("got "), buf[:n]...), from)
	}()
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp4", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	c.Write([]byte("datagram"))
	c.SetReadDeadline(time.Now().Add(time.Second))
	buf := make([]byte, 32)
	n, err := c.Read(buf)
	fmt.Println(string(buf[:n]), err)

	done, stop := context.WithCancel(context.Background())
	stop()
	_, err = lc.Listen(done, "tcp", "127.0.0.1:0")
	fmt.Println("cancelled context:", err)
}

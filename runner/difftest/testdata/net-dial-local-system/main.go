// difftest: same
package main

// A client that dials ":port" or "0.0.0.0:port", as many tutorials write
// it, reaches a server on 127.0.0.1: Go dials the local system there.
// A refused dial names the address as written, and a datagram sent to a
// UDPAddr without an IP reaches a loopback listener too.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"syscall"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			fmt.Fprintln(c, "welcome")
			c.Close()
		}
	}()
	for _, addr := range []string{":" + port, "0.0.0.0:" + port} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			fmt.Println("dial:", err)
			continue
		}
		line, _ := bufio.NewReader(c).ReadString('\n')
		host, _, _ := net.SplitHostPort(c.RemoteAddr().String())
		fmt.Printf("%q from %s\n", line, host)
		c.Close()
	}
	ln.Close()

	show := func(v any) string { return strings.ReplaceAll(fmt.Sprint(v), port, "PORT") }
	for _, network := range []string{"tcp", "tcp4"} {
		_, err := net.Dial(network, ":"+port)
		var oe *net.OpError
		if errors.As(err, &oe) {
			fmt.Println(show(err), errors.Is(err, syscall.ECONNREFUSED), show(oe.Addr))
		}
	}

	pc, _ := net.ListenPacket("udp", "127.0.0.1:0")
	defer pc.Close()
	to := &net.UDPAddr{Port: pc.LocalAddr().(*net.UDPAddr).Port}
	out, _ := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	defer out.Close()
	n, err := out.WriteToUDP([]byte("ping"), to)
	fmt.Println(n, err)
	buf := make([]byte, 16)
	n, from, _ := pc.ReadFrom(buf)
	fmt.Println(string(buf[:n]), from.(*net.UDPAddr).IP)
}

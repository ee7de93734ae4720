// difftest: same
package main

// The IPv6 loopback, ::1: a server on "[::1]:0", the address forms Go
// writes for it (brackets with a port), and JoinHostPort and
// SplitHostPort, which add and remove them.

import (
	"bufio"
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		fmt.Println("no IPv6 loopback here:", err)
		return
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		ra := c.RemoteAddr().(*net.TCPAddr)
		fmt.Fprintf(c, "hello %s (v4: %v)\n", ra.IP, ra.IP.To4() != nil)
	}()
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println(addr.IP, addr.IP.IsLoopback(), addr.Network())
	host, port, err := net.SplitHostPort(ln.Addr().String())
	fmt.Println(host, port != "", err)
	target := net.JoinHostPort("::1", port)
	c, err := net.Dial("tcp", target)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	line, err := bufio.NewReader(c).ReadString('\n')
	fmt.Print(line)
	fmt.Println(err, c.LocalAddr().(*net.TCPAddr).IP)
	_, _, err = net.SplitHostPort("::1:80")
	fmt.Println(err)
	fmt.Println(net.JoinHostPort("127.0.0.1", "80"), net.JoinHostPort("fe80::1%lo", "80"))
	_, err = net.Dial("tcp4", target)
	fmt.Println(err)
}

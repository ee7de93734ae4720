// difftest: same
package main

// Names instead of addresses: "localhost" resolved through the hosts file
// (net.LookupHost, net.ResolveTCPAddr), a server reached by dialing
// localhost:PORT, and the address each end sees.

import (
	"bufio"
	"fmt"
	"net"
	"slices"
)

func main() {
	addrs, err := net.LookupHost("localhost")
	fmt.Println("localhost has 127.0.0.1:", slices.Contains(addrs, "127.0.0.1"), err)
	ta, err := net.ResolveTCPAddr("tcp4", "localhost:80")
	fmt.Println(ta, err)
	port, err := net.LookupPort("tcp", "http")
	fmt.Println("http is port", port, err)

	ln, err := net.Listen("tcp4", "localhost:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprintf(c, "you came from %s\n", c.RemoteAddr().(*net.TCPAddr).IP)
		c.Close()
	}()
	_, p, _ := net.SplitHostPort(ln.Addr().String())
	c, err := net.Dial("tcp4", "localhost:"+p)
	if err != nil {
		panic(err)
	}
	line, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Print(line)
	fmt.Println("listening on", ln.Addr())
	c.Close()
}

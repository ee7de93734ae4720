// difftest: same
package main

import (
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	seen := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			seen <- c.RemoteAddr().Network()
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	tcp := c.RemoteAddr().(*net.TCPAddr)
	fmt.Println(tcp.IP, tcp.IP.IsLoopback(), tcp.Port == ln.Addr().(*net.TCPAddr).Port)
	fmt.Printf("%v %s\n", c.LocalAddr().Network(), ln.Addr())
	host, _, err := net.SplitHostPort(c.LocalAddr().String())
	fmt.Println(host, err)
	buf := make([]byte, 1)
	_, err = c.Read(buf)
	fmt.Println("read after close:", err)
	fmt.Println("server sees", <-seen)
	c.Close()
	ips, err := net.LookupHost("localhost")
	fmt.Println(len(ips) > 0, err)
	fmt.Println(net.ParseIP("127.0.0.1").To4() != nil, net.ParseIP("nope") == nil)
}

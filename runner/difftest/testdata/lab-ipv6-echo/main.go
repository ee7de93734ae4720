// difftest: same
package main

// The echo server on IPv6 loopback: listen on [::1]:0, dial it, and look
// at the addresses as *net.TCPAddr (IP, Port, Zone), telling IPv6 from
// IPv4 with To4. SplitHostPort and JoinHostPort handle the brackets.

import (
	"bufio"
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		fmt.Println("no IPv6 loopback here")
		return
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					fmt.Fprintf(c, "echo: %s\n", sc.Text())
				}
			}(c)
		}
	}()
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println("network:", ln.Addr().Network(), "ip:", addr.IP, "v4?", addr.IP.To4() != nil, "loopback?", addr.IP.IsLoopback())
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	fmt.Println("host:", host, "port set:", port != "0")
	target := net.JoinHostPort(host, port)
	c, err := net.Dial("tcp", target)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	local := c.LocalAddr().(*net.TCPAddr)
	fmt.Println("client ip:", local.IP, "zone:", local.Zone == "")
	r := bufio.NewReader(c)
	for _, m := range []string{"hello", "IPv6"} {
		fmt.Fprintln(c, m)
		line, _ := r.ReadString('\n')
		fmt.Print(line)
	}
	_, err = net.Dial("tcp4", target)
	fmt.Println("tcp4 to an IPv6 address fails:", err != nil)
}

// difftest: same
package main

// Addresses as Network Programming with Go resolves them, without a name
// server: literal addresses, host and port pairs, and the errors a bad
// one gives.

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1:80", "[::1]:8080", "127.0.0.1:0", "1.2.3.4", "127.0.0.1:99999", "[fe80::1%lo]:22"} {
		addr, err := net.ResolveTCPAddr("tcp", s)
		if err != nil {
			var ae *net.AddrError
			fmt.Println("error:", err, errors.As(err, &ae))
			continue
		}
		fmt.Printf("%s ip=%v port=%d zone=%q network=%s\n", addr, addr.IP, addr.Port, addr.Zone, addr.Network())
	}
	u, err := net.ResolveUDPAddr("udp6", "[::1]:53")
	fmt.Println(u, err, u.AddrPort())
	_, err = net.ResolveUDPAddr("udp4", "[::1]:53")
	fmt.Println(err)
	ip, err := net.ResolveIPAddr("ip", "127.0.0.2")
	fmt.Println(ip, err)

	host, port, err := net.SplitHostPort("[::1]:443")
	fmt.Println(host, port, err)
	_, _, err = net.SplitHostPort("localhost")
	fmt.Println(err)
	_, _, err = net.SplitHostPort("a:b:c")
	fmt.Println(err)
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("127.0.0.1", "http"))
	_, err = net.ResolveTCPAddr("tcp5", "127.0.0.1:1")
	fmt.Println(err)
	fmt.Println(net.IPv4len, net.IPv6len, net.IPv4bcast, net.IPv6loopback)
}

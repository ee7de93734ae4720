// difftest: same
package main

// Addresses of a loopback connection taken apart: net.SplitHostPort of
// its String, the *net.TCPAddr's AddrPort and netip's views of it, an
// allow-list of prefixes, IPv4-mapped IPv6 addresses unmapped, and
// JoinHostPort of IPv6 literals. No port number is printed.

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"
)

func main() {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()

	host, port, err := net.SplitHostPort(c.RemoteAddr().String())
	p, _ := strconv.Atoi(port)
	fmt.Println(host, p > 0, err)
	ta := c.LocalAddr().(*net.TCPAddr)
	ap := ta.AddrPort()
	fmt.Println(ap.Addr(), ap.Addr().Is4(), ap.Addr().IsLoopback(), ap.Port() == uint16(ta.Port), ap.IsValid())
	fmt.Println(ta.IP.Equal(net.IPv4(127, 0, 0, 1)), ta.IP.To4() != nil, len(ta.IP.To16()), ta.Network())

	allow := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	for _, s := range []string{"127.0.0.1", "127.255.0.9", "10.1.2.3", "192.168.1.1", "::1", "::ffff:127.0.0.1", "fe80::1%eth0"} {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println(s, "error:", err)
			continue
		}
		ok := false
		for _, pf := range allow {
			if pf.Contains(a.Unmap()) {
				ok = true
			}
		}
		fmt.Printf("%-18s allowed=%-5v 4in6=%-5v zone=%q bits=%d\n", s, ok, a.Is4In6(), a.Zone(), a.BitLen())
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "http"))
	for _, s := range []string{"[::1]:8080", "127.0.0.1", "host:port:x", "[fe80::1%lo]:1"} {
		h, pt, err := net.SplitHostPort(s)
		fmt.Printf("%q %q %v\n", h, pt, err)
	}
	ip := net.ParseIP("::ffff:10.0.0.1")
	fmt.Println(ip, ip.To4(), net.ParseIP("300.1.1.1") == nil, net.IP(nil).String())
	_, n, _ := net.ParseCIDR("192.168.10.77/20")
	fmt.Println(n, n.Contains(net.ParseIP("192.168.3.1")), n.Contains(net.ParseIP("192.168.15.1")))
}

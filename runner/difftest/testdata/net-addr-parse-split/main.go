// difftest: same
package main

// net.SplitHostPort and JoinHostPort over good and bad addresses,
// *net.AddrError and *net.ParseError taken out with errors.As, ParseIP,
// ParseCIDR and netip's parsers.

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
)

func main() {
	for _, s := range []string{"127.0.0.1:8080", "[::1]:443", "localhost:http", "example.com", "[::1]", "1.2.3.4:5:6", ":9000", "[fe80::1%eth0]:22"} {
		host, port, err := net.SplitHostPort(s)
		if err != nil {
			var ae *net.AddrError
			fmt.Printf("%-20s error %v (as AddrError %v)\n", s, err, errors.As(err, &ae))
			if ae != nil {
				fmt.Printf("  err=%q addr=%q\n", ae.Err, ae.Addr)
			}
			continue
		}
		fmt.Printf("%-20s host=%q port=%q join=%s\n", s, host, port, net.JoinHostPort(host, port))
	}
	for _, s := range []string{"192.168.1.10", "::ffff:10.0.0.1", "2001:db8::1", "256.1.1.1", "abc", "0.0.0.0", "127.0.0.1"} {
		ip := net.ParseIP(s)
		if ip == nil {
			fmt.Printf("%-16s invalid\n", s)
			continue
		}
		fmt.Printf("%-16s %v v4=%v loop=%v unspec=%v private=%v len=%d\n", s, ip, ip.To4() != nil, ip.IsLoopback(), ip.IsUnspecified(), ip.IsPrivate(), len(ip))
	}
	_, n, err := net.ParseCIDR("10.1.2.3/20")
	fmt.Println(n, err)
	ones, bits := n.Mask.Size()
	fmt.Println(ones, bits, n.Contains(net.ParseIP("10.1.15.255")), n.Contains(net.ParseIP("10.1.16.0")))
	_, _, err = net.ParseCIDR("10.1.2.3/33")
	fmt.Println(err)
	var pe *net.ParseError
	fmt.Println(errors.As(err, &pe), pe.Type, pe.Text)
	ap, err := netip.ParseAddrPort("[::1]:80")
	fmt.Println(ap, ap.Addr(), ap.Port(), ap.Addr().Is6(), err)
	_, err = netip.ParseAddrPort("1.2.3.4")
	fmt.Println(err)
	p := netip.MustParsePrefix("192.168.0.0/16")
	a := netip.MustParseAddr("192.168.44.1")
	fmt.Println(p.Contains(a), p.Bits(), p.Addr(), a.Next(), a.Prev(), a.Compare(p.Addr()))
	fmt.Println(net.IPv4(8, 8, 4, 4), net.IPv4Mask(255, 255, 255, 0), net.CIDRMask(12, 32))
	fmt.Println(net.TCPAddrFromAddrPort(netip.MustParseAddrPort("127.0.0.1:7")))
	ua := &net.UDPAddr{IP: net.ParseIP("::1"), Port: 53}
	fmt.Println(ua, ua.Network(), ua.AddrPort())
}

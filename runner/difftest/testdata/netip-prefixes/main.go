// difftest: same
package main

// Addresses and networks, the old way (net.ParseIP, net.ParseCIDR) and the
// new (net/netip): which address is in which network, the loopback tests,
// masks, and what a bad address says.

import (
	"fmt"
	"net"
	"net/netip"
)

func main() {
	for _, s := range []string{"127.0.0.1", "::1", "192.168.1.20", "::ffff:10.0.0.1", "300.1.1.1", "fe80::1%eth0"} {
		ip := net.ParseIP(s)
		if ip == nil {
			fmt.Printf("%-16s not an IP\n", s)
			continue
		}
		fmt.Printf("%-16s v4=%v loopback=%v private=%v len=%d\n", s, ip.To4() != nil, ip.IsLoopback(), ip.IsPrivate(), len(ip))
	}

	ip, network, err := net.ParseCIDR("10.1.2.3/20")
	fmt.Println(ip, network, err, network.Contains(net.ParseIP("10.1.15.255")), network.Contains(net.ParseIP("10.1.16.0")))
	ones, bits := network.Mask.Size()
	fmt.Println(ones, bits, network.Mask.String(), net.IP(network.Mask).String())
	fmt.Println(net.ParseIP("192.168.7.9").Mask(net.CIDRMask(24, 32)), net.IPv4(8, 8, 4, 4).DefaultMask())
	_, _, err = net.ParseCIDR("10.0.0.0/33")
	fmt.Println(err)

	a := netip.MustParseAddr("192.168.1.20")
	p := netip.MustParsePrefix("192.168.0.0/16")
	fmt.Println(p.Contains(a), p.Bits(), p.Addr(), p.Masked(), a.Next(), a.Prev(), a.Is4(), a.BitLen())
	m := netip.MustParseAddr("::ffff:10.0.0.1")
	fmt.Println(m, m.Is4In6(), m.Unmap(), m.Unmap().Is4())
	ap, err := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap.Addr(), ap.Port(), ap.Addr().IsLoopback(), err)
	fmt.Println(netip.AddrPortFrom(netip.AddrFrom4([4]byte{127, 0, 0, 1}), 9000))
	_, err = netip.ParseAddr("1.2.3")
	fmt.Println(err)
	_, err = netip.ParsePrefix("1.2.3.4/40")
	fmt.Println(err)
	fmt.Println(a.Compare(netip.MustParseAddr("192.168.1.3")), a.Less(netip.MustParseAddr("192.168.1.200")))
	pfx, err := a.Prefix(24)
	fmt.Println(pfx, err, pfx.Overlaps(p))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	addr := ln.Addr().(*net.TCPAddr).AddrPort()
	fmt.Println(addr.Addr(), addr.Addr().IsLoopback(), addr.Port() != 0)
}

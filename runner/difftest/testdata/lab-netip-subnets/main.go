// difftest: same
package main

// The addressing lesson: which of some addresses lie in which subnet,
// with net/netip (Prefix.Contains, Masked, Bits) and the older net
// package (ParseCIDR, IPNet.Contains, the mask in hex), and what a
// listener's address is.

import (
	"fmt"
	"net"
	"net/netip"
)

func main() {
	subnets := []string{"192.168.1.0/24", "10.0.0.0/8", "172.16.0.0/12", "127.0.0.0/8", "::1/128"}
	addrs := []string{"192.168.1.42", "192.168.2.1", "10.200.3.4", "172.31.255.255", "172.32.0.1", "127.0.0.1", "::1", "8.8.8.8"}
	for _, a := range addrs {
		addr := netip.MustParseAddr(a)
		found := "none"
		for _, s := range subnets {
			if netip.MustParsePrefix(s).Contains(addr) {
				found = s
				break
			}
		}
		fmt.Printf("%-15s is4=%-5v private=%-5v loopback=%-5v in %s\n", addr, addr.Is4(), addr.IsPrivate(), addr.IsLoopback(), found)
	}
	p := netip.MustParsePrefix("192.168.1.77/26")
	fmt.Println(p, p.Masked(), p.Bits(), p.Addr().Next(), p.Masked().Addr().Prev())

	ip, ipnet, err := net.ParseCIDR("10.1.2.3/16")
	fmt.Println(ip, ipnet, err, ipnet.Mask.String(), ipnet.Contains(net.ParseIP("10.1.255.1")))
	ones, bits := ipnet.Mask.Size()
	fmt.Println(ones, bits, net.IPv4(10, 1, 0, 0).Equal(ipnet.IP))
	_, _, err = net.ParseCIDR("10.1.2.3/33")
	fmt.Println(err)
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	ap, err := netip.ParseAddrPort(ln.Addr().String())
	fmt.Println(ap.Addr(), ap.Port() > 0, err, ap.Addr().IsLoopback())
}

// difftest: same

package main

// net/netip's prefixes, addresses and AddrPort, 4-in-6 addresses and parse
// errors; net's ParseCIDR, masks, and SplitHostPort's error.

import (
	"fmt"
	"net"
	"net/netip"
)

func main() {
	p := netip.MustParsePrefix("192.168.10.0/24")
	a := netip.MustParseAddr("192.168.10.77")
	fmt.Println(p.Contains(a), p.Bits(), p.Addr(), p.Masked(), a.Next(), a.Is4(), a.IsPrivate())
	ap := netip.AddrPortFrom(a, 8080)
	fmt.Println(ap, ap.Port(), ap.Addr().Unmap())
	v6 := netip.MustParseAddr("::ffff:10.0.0.1")
	fmt.Println(v6.Is4In6(), v6.Unmap(), v6.Is6(), netip.IPv6Loopback(), v6.Compare(a))
	_, err := netip.ParseAddr("300.1.1.1")
	fmt.Println(err)
	_, err = netip.ParsePrefix("10.0.0.0/33")
	fmt.Println(err)
	ip, ipnet, err := net.ParseCIDR("10.1.2.3/16")
	fmt.Println(ip, ipnet, err, ipnet.Contains(net.ParseIP("10.1.200.1")), ipnet.Mask.String())
	ones, bits := ipnet.Mask.Size()
	fmt.Println(ones, bits, net.IPv4(8, 8, 8, 8).DefaultMask(), net.ParseIP("fe80::1").IsLinkLocalUnicast())
	fmt.Println(net.ParseIP("bogus") == nil, net.IP{127, 0, 0, 1}.IsLoopback(), net.CIDRMask(20, 32))
	host, port, err := net.SplitHostPort("[::1]:443")
	fmt.Println(host, port, err)
	_, _, err = net.SplitHostPort("localhost")
	fmt.Println(err)
}

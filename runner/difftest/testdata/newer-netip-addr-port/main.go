// difftest: same
package main

import (
	"fmt"
	"net/netip"
)

func main() {
	a := netip.MustParseAddr("192.168.1.10")
	p := netip.MustParsePrefix("192.168.1.0/24")
	fmt.Println(a, a.Is4(), p.Contains(a), p.Bits(), p.Masked(), a.Next(), a.Prev())
	ap := netip.AddrPortFrom(a, 8080)
	fmt.Println(ap, ap.Addr(), ap.Port(), ap.IsValid())
	b, err := netip.ParseAddr("::ffff:10.0.0.1")
	fmt.Println(b, err, b.Unmap(), b.Is4In6())
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)
	fmt.Println(a.Compare(b.Unmap()), a.Less(b.Unmap()))
	fmt.Printf("%v %s %+v\n", a, p, ap)
	t, _ := a.MarshalText()
	fmt.Println(string(t))
	pf, _ := a.Prefix(16)
	fmt.Println(pf, netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1}))
	var zero netip.Addr
	fmt.Println(zero.IsValid(), zero)
	m := map[netip.Addr]string{a: "host"}
	fmt.Println(m[netip.MustParseAddr("192.168.1.10")])
}

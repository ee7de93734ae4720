// difftest: same
package main

// IP addresses and masks, as chapter 3 of Network Programming with Go
// shows them: parse an address, take its default mask, apply a mask,
// and read a network in CIDR notation.

import (
	"fmt"
	"net"
	"os"
)

func main() {
	for _, s := range []string{"127.0.0.1", "192.168.1.77", "10.20.30.40", "::1", "fe80::1:2", "300.1.1.1", "not-an-ip"} {
		addr := net.ParseIP(s)
		if addr == nil {
			fmt.Println("Invalid address:", s)
			continue
		}
		mask := addr.DefaultMask()
		if mask == nil {
			fmt.Printf("%-12s no default mask (To4=%v, loopback=%v)\n", addr, addr.To4() != nil, addr.IsLoopback())
			continue
		}
		network := addr.Mask(mask)
		ones, bits := mask.Size()
		fmt.Printf("%-12s mask %s (%d/%d) network %s\n", addr, mask.String(), ones, bits, network)
	}

	m := net.IPv4Mask(255, 255, 240, 0)
	fmt.Println("custom mask:", m, net.ParseIP("172.16.37.9").Mask(m))
	fmt.Println("CIDR mask:", net.CIDRMask(20, 32), net.CIDRMask(64, 128))

	for _, c := range []string{"192.168.100.14/22", "2001:db8::/32", "10.0.0.0/33"} {
		ip, ipnet, err := net.ParseCIDR(c)
		if err != nil {
			fmt.Fprintln(os.Stdout, "error:", err)
			continue
		}
		fmt.Println(ip, ipnet, ipnet.IP, ipnet.Mask, ipnet.Network())
		for _, probe := range []string{"192.168.101.1", "192.168.104.1", "2001:db8:ffff::1"} {
			fmt.Printf("  contains %s: %v\n", probe, ipnet.Contains(net.ParseIP(probe)))
		}
	}
	fmt.Println(net.IPv4(8, 8, 4, 4).Equal(net.ParseIP("::ffff:8.8.4.4")), len(net.IPv4(1, 2, 3, 4)), len(net.IPv4(1, 2, 3, 4).To4()))
}

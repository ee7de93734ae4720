// difftest: same
package main

// UDP with the concrete types: net.ListenUDP and net.DialUDP, ReadFromUDP
// and WriteToUDP with *net.UDPAddr, and the netip forms
// ReadFromUDPAddrPort and WriteToUDPAddrPort.

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	laddr, err := net.ResolveUDPAddr("udp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv, err := net.ListenUDP("udp4", laddr)
	if err != nil {
		panic(err)
	}
	defer srv.Close()
	go func() {
		buf := make([]byte, 512)
		for i := 0; i < 2; i++ {
			n, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				return
			}
			srv.WriteToUDP([]byte(strings.Repeat(string(buf[:n]), 2)), from)
		}
		n, ap, err := srv.ReadFromUDPAddrPort(buf)
		if err != nil {
			return
		}
		srv.WriteToUDPAddrPort([]byte(fmt.Sprintf("%s from loopback %v", buf[:n], ap.Addr().IsLoopback())), ap)
	}()

	raddr := srv.LocalAddr().(*net.UDPAddr)
	fmt.Println(raddr.Network(), raddr.IP, raddr.Port != 0, raddr.Zone == "")
	c, err := net.DialUDP("udp4", nil, raddr)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(time.Second))
	buf := make([]byte, 512)
	for _, m := range []string{"ab", "xyz", "last"} {
		if _, err := c.Write([]byte(m)); err != nil {
			fmt.Println("write:", err)
			return
		}
		n, from, err := c.ReadFromUDP(buf)
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Printf("%q from the server: %v\n", buf[:n], from.String() == raddr.String())
	}
	_, err = c.WriteToUDP([]byte("x"), raddr)
	fmt.Println(err)
}

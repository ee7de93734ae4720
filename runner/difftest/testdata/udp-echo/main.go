// difftest: same
package main

import (
	"fmt"
	"net"
	"strings"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	go func() {
		buf := make([]byte, 1500)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(strings.Repeat(string(buf[:n]), 2)), addr)
		}
	}()
	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	buf := make([]byte, 1500)
	for _, m := range []string{"ping", "pong", "x"} {
		c.Write([]byte(m))
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d bytes: %s\n", n, buf[:n])
	}
	addr, err := net.ResolveUDPAddr("udp", pc.LocalAddr().String())
	fmt.Println(err, addr.IP.IsLoopback())
	uc, err := net.DialUDP("udp", nil, addr)
	if err != nil {
		panic(err)
	}
	uc.Write([]byte("udp"))
	n, _, err := uc.ReadFromUDP(buf)
	fmt.Println(string(buf[:n]), err)
	uc.Close()
}

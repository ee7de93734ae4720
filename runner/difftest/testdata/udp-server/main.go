// difftest: same
package main

import (
	"fmt"
	"net"
	"strings"
)

func main() {
	addr, err := net.ResolveUDPAddr("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv, err := net.ListenUDP("udp", addr)
	if err != nil {
		panic(err)
	}
	defer srv.Close()
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				return
			}
			srv.WriteToUDP([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()
	cl, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	defer cl.Close()
	buf := make([]byte, 512)
	for _, m := range []string{"ping", "hello udp"} {
		cl.WriteToUDP([]byte(m), srv.LocalAddr().(*net.UDPAddr))
		n, from, err := cl.ReadFromUDP(buf)
		fmt.Println(string(buf[:n]), from.String() == srv.LocalAddr().String(), err)
	}
}

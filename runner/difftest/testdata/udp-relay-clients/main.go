// difftest: same
package main

// A UDP relay: clients announce themselves with "join NAME", and every
// other datagram is relayed to the other clients the server knows, by the
// addresses it learned from ReadFrom.

import (
	"fmt"
	"net"
	"sort"
	"strings"
	"time"
)

func relay(pc net.PacketConn) {
	names := map[string]string{} // address -> name
	addrs := map[string]net.Addr{}
	buf := make([]byte, 512)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		msg := string(buf[:n])
		if name, ok := strings.CutPrefix(msg, "join "); ok {
			names[from.String()], addrs[from.String()] = name, from
			pc.WriteTo([]byte("welcome "+name), from)
			continue
		}
		for a, to := range addrs {
			if a != from.String() {
				pc.WriteTo([]byte(names[from.String()]+": "+msg), to)
			}
		}
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	go relay(pc)

	var clients []net.Conn
	buf := make([]byte, 512)
	for _, name := range []string{"ann", "ben", "cat"} {
		c, err := net.Dial("udp", pc.LocalAddr().String())
		if err != nil {
			panic(err)
		}
		defer c.Close()
		c.Write([]byte("join " + name))
		c.SetReadDeadline(time.Now().Add(time.Second))
		n, err := c.Read(buf)
		fmt.Println(string(buf[:n]), err)
		clients = append(clients, c)
	}
	clients[1].Write([]byte("hello from the middle"))
	var heard []string
	for i, c := range clients {
		c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		n, err := c.Read(buf)
		if err != nil {
			heard = append(heard, fmt.Sprintf("client %d: nothing (%v)", i, err.(net.Error).Timeout()))
			continue
		}
		heard = append(heard, fmt.Sprintf("client %d: %s", i, buf[:n]))
	}
	sort.Strings(heard)
	fmt.Println(strings.Join(heard, "\n"))
}

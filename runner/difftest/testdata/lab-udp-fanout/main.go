// difftest: same
package main

// Broadcast-like fan-out on loopback: a sender announces the same datagram
// to every subscriber's address (real broadcast would leave the machine),
// and each subscriber acknowledges with its name. Subscribers register by
// sending "SUB name"; the sender answers them all per announcement.

import (
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

func main() {
	hub, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	defer hub.Close()

	names := []string{"red", "green", "blue"}
	subs := make([]*net.UDPConn, len(names))
	for i, name := range names {
		c, err := net.DialUDP("udp", nil, hub.LocalAddr().(*net.UDPAddr))
		if err != nil {
			panic(err)
		}
		defer c.Close()
		subs[i] = c
		c.Write([]byte("SUB " + name))
	}

	var members []*net.UDPAddr
	buf := make([]byte, 1500)
	for len(members) < len(names) {
		n, from, err := hub.ReadFromUDP(buf)
		if err != nil {
			panic(err)
		}
		if strings.HasPrefix(string(buf[:n]), "SUB ") {
			members = append(members, from)
		}
	}
	fmt.Println("subscribers:", len(members))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var heard []string
	for i, c := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := make([]byte, 100)
			for j := 0; j < 2; j++ {
				n, err := c.Read(b)
				if err != nil {
					return
				}
				mu.Lock()
				heard = append(heard, names[i]+" heard "+string(b[:n]))
				mu.Unlock()
				c.Write([]byte("ACK " + names[i]))
			}
		}()
	}
	for _, news := range []string{"news #1", "news #2"} {
		for _, m := range members {
			hub.WriteToUDP([]byte(news), m)
		}
		acks := []string{}
		for range members {
			n, _, err := hub.ReadFromUDP(buf)
			if err != nil {
				break
			}
			acks = append(acks, string(buf[:n]))
		}
		sort.Strings(acks)
		fmt.Println(news, "acknowledged by", acks)
	}
	wg.Wait()
	sort.Strings(heard)
	fmt.Println(strings.Join(heard, "\n"))
}

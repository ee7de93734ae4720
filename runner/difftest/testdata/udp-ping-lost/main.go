// difftest: same
package main

// The UDP pinger of the Kurose-Ross socket lab: the client sends ten pings,
// waits for each reply with a read deadline, and reports a lost packet as a
// timeout. The server drops every fourth ping, as the lab's server does at
// random.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func server(pc net.PacketConn) {
	buf := make([]byte, 1024)
	for n := 1; ; n++ {
		k, addr, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		if n%4 == 0 {
			continue // lost
		}
		pc.WriteTo([]byte(strings.ToUpper(string(buf[:k]))), addr)
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	go server(pc)

	conn, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	lost := 0
	buf := make([]byte, 1024)
	for seq := 1; seq <= 10; seq++ {
		fmt.Fprintf(conn, "ping %d", seq)
		conn.SetReadDeadline(time.Now().Add(400 * time.Millisecond))
		n, err := conn.Read(buf)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			fmt.Printf("ping %d: Request timed out\n", seq)
			lost++
			continue
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Printf("ping %d: reply %q\n", seq, buf[:n])
	}
	fmt.Printf("10 packets transmitted, %d received, %d%% packet loss\n", 10-lost, lost*10)
}

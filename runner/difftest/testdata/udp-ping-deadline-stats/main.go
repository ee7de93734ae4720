// difftest: same
package main

// A UDP pinger: the server answers with ReadFromUDP and WriteToUDP but
// drops every third ping; the client sets a read deadline on each and
// counts losses, telling a timeout from other errors with
// os.ErrDeadlineExceeded and net.Error's Timeout.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func server(pc *net.UDPConn) {
	buf := make([]byte, 512)
	for n := 0; ; n++ {
		k, from, err := pc.ReadFromUDP(buf)
		if err != nil {
			fmt.Println("server stops:", errors.Is(err, net.ErrClosed))
			return
		}
		if n%3 == 2 {
			continue
		}
		reply := strings.Replace(string(buf[:k]), "PING", "PONG", 1)
		if _, err := pc.WriteToUDP([]byte(reply), from); err != nil {
			fmt.Println("write:", err)
		}
	}
}

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	stopped := make(chan bool)
	go func() { server(srv); stopped <- true }()

	c, err := net.DialUDP("udp", nil, srv.LocalAddr().(*net.UDPAddr))
	if err != nil {
		panic(err)
	}
	defer c.Close()
	lost := 0
	buf := make([]byte, 512)
	for seq := 1; seq <= 6; seq++ {
		fmt.Fprintf(c, "PING %d", seq)
		c.SetReadDeadline(time.Now().Add(80 * time.Millisecond))
		n, err := c.Read(buf)
		if err != nil {
			var ne net.Error
			fmt.Println(seq, "lost:", errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout())
			lost++
			continue
		}
		fmt.Println(seq, "reply:", string(buf[:n]))
	}
	fmt.Printf("%d sent, %d lost, %.1f%% loss\n", 6, lost, float64(lost)*100/6)
	srv.Close()
	<-stopped
}

// difftest: same
package main

// UDP ping/pong with ReadFromUDP and WriteToUDP, a dropped ping found by
// its read deadline, then ListenPacket's ReadFrom and ReadFromUDPAddrPort.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	addr, _ := net.ResolveUDPAddr("udp", "127.0.0.1:0")
	srv, err := net.ListenUDP("udp", addr)
	if err != nil {
		panic(err)
	}
	done := make(chan int)
	go func() {
		buf := make([]byte, 1024)
		n := 0
		for {
			k, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				done <- n
				return
			}
			msg := string(buf[:k])
			n++
			if strings.HasSuffix(msg, "3") {
				continue // drop it
			}
			srv.WriteToUDP([]byte(strings.Replace(msg, "ping", "pong", 1)), from)
		}
	}()
	cl, err := net.DialUDP("udp", nil, srv.LocalAddr().(*net.UDPAddr))
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 1024)
	lost := 0
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(cl, "ping %d", i)
		cl.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, err := cl.Read(buf)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			fmt.Println(i, "request timed out")
			lost++
			continue
		} else if err != nil {
			fmt.Println("error", err)
			continue
		}
		fmt.Println(i, "reply:", string(buf[:n]))
	}
	fmt.Printf("lost %d of 5 (%.0f%%)\n", lost, float64(lost)/5*100)
	cl.Close()
	srv.Close()
	fmt.Println("server saw", <-done)

	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	other, _ := net.ListenPacket("udp", "127.0.0.1:0")
	defer other.Close()
	other.WriteTo([]byte("hi packet"), pc.LocalAddr())
	n, from, err := pc.ReadFrom(buf)
	fmt.Println(string(buf[:n]), from.String() == other.LocalAddr().String(), from.Network(), err)
	fmt.Printf("%T %T\n", pc, from)
	uc := pc.(*net.UDPConn)
	other.WriteTo([]byte("via addrport"), pc.LocalAddr())
	n, ap, err := uc.ReadFromUDPAddrPort(buf)
	fmt.Println(string(buf[:n]), ap.Addr(), ap.Port() != 0, err)
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

type DaytimeServer struct {
	conn  *net.UDPConn
	now   func() time.Time
	count int
}

func (d *DaytimeServer) Run(done chan<- int) {
	buf := make([]byte, 512)
	for {
		_, addr, err := d.conn.ReadFromUDP(buf)
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				done <- d.count
				return
			}
			fmt.Println("read:", err)
			continue
		}
		d.count++
		d.conn.WriteToUDP([]byte(d.now().Format(time.RFC1123)+"\r\n"), addr)
	}
}

func main() {
	laddr, err := net.ResolveUDPAddr("udp4", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	conn, err := net.ListenUDP("udp4", laddr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fixed := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	srv := &DaytimeServer{conn: conn, now: func() time.Time { return fixed }}
	done := make(chan int)
	go srv.Run(done)
	raddr := conn.LocalAddr().(*net.UDPAddr)
	fmt.Println(raddr.IP, raddr.Port > 0, raddr.Network(), raddr.Zone == "")
	for range 3 {
		c, err := net.DialUDP("udp4", nil, raddr)
		if err != nil {
			panic(err)
		}
		c.Write([]byte("time?"))
		var buf [512]byte
		c.SetReadDeadline(time.Now().Add(time.Second))
		n, err := c.Read(buf[0:])
		if err != nil {
			fmt.Println(err)
		}
		fmt.Print(string(buf[0:n]))
		c.Close()
	}
	conn.Close()
	fmt.Println("served", <-done)
	_, err = conn.WriteToUDP([]byte("x"), raddr)
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, errors.Is(err, net.ErrClosed))
}

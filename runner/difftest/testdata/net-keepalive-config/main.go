// difftest: same
package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"time"
)

func main() {
	// Go 1.23's KeepAliveConfig: when an idle connection is probed, how
	// often, and how many unanswered probes end it.
	probe := net.KeepAliveConfig{Enable: true, Idle: 30 * time.Second, Interval: 5 * time.Second, Count: 4}
	lc := net.ListenConfig{KeepAliveConfig: probe}
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	defer ln.Close()
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		defer c.Close()
		tc := c.(*net.TCPConn)
		fmt.Println("server: keep-alive set:", tc.SetKeepAliveConfig(net.KeepAliveConfig{Enable: true, Idle: time.Minute, Interval: 10 * time.Second, Count: 3}))
		line, _ := bufio.NewReader(c).ReadString('\n')
		fmt.Fprintf(c, "got %s", line)
	}()

	d := net.Dialer{Timeout: 5 * time.Second, KeepAliveConfig: probe}
	fmt.Println("dialer probes:", d.KeepAliveConfig.Enable, d.KeepAliveConfig.Idle, d.KeepAliveConfig.Interval, d.KeepAliveConfig.Count)
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer c.Close()
	fmt.Fprintln(c, "ping")
	reply, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("client: %q %v\n", reply, err)
	off := net.KeepAliveConfig{Enable: false, Idle: -1, Interval: -1, Count: -1}
	fmt.Println("client: keep-alive off:", c.(*net.TCPConn).SetKeepAliveConfig(off))
	<-done
}

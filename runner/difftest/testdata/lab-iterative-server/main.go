// difftest: same
package main

// Project 3, an iterative server: it serves one client after another for
// as long as it runs. Here three clients come in turn; the server counts
// them and stops when its listener is closed.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	stopped := make(chan int)
	go func() {
		served := 0
		for {
			conn, err := ln.Accept()
			if errors.Is(err, net.ErrClosed) {
				stopped <- served
				return
			}
			if err != nil {
				fmt.Println("accept:", err)
				continue
			}
			served++
			fmt.Fprintf(conn, "Hello from server, you are client number %d\n", served)
			conn.Close()
		}
	}()

	for i := 0; i < 3; i++ {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		line, err := bufio.NewReader(conn).ReadString('\n')
		fmt.Printf("run %d: %s", i+1, line)
		conn.Close()
	}
	ln.Close()
	fmt.Println("server served", <-stopped, "clients")
}

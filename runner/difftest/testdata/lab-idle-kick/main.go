// difftest: same
package main

// A server that drops idle clients: every read has a deadline of 200 ms
// from now; a client that says nothing for longer is told goodbye and
// disconnected. One client talks in time, another falls silent.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func serve(c net.Conn, log chan<- string) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		line, err := r.ReadString('\n')
		if errors.Is(err, os.ErrDeadlineExceeded) {
			c.SetWriteDeadline(time.Now().Add(time.Second))
			fmt.Fprintln(c, "idle too long, goodbye")
			log <- "kicked an idle client"
			return
		}
		if err != nil {
			log <- "client left: " + err.Error()
			return
		}
		fmt.Fprint(c, "ack ", line)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	log := make(chan string, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c, log)
		}
	}()

	chatty, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(chatty)
	for _, m := range []string{"one", "two", "three"} {
		fmt.Fprintln(chatty, m)
		ack, _ := r.ReadString('\n')
		fmt.Print("chatty got: ", ack)
	}
	chatty.Close()
	fmt.Println(<-log)

	quiet, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Fprintln(quiet, "hello")
	qr := bufio.NewReader(quiet)
	ack, _ := qr.ReadString('\n')
	fmt.Print("quiet got: ", ack)
	bye, _ := qr.ReadString('\n')
	fmt.Print("quiet got: ", bye)
	_, err = qr.ReadString('\n')
	fmt.Println("then:", err)
	fmt.Println(<-log)
	quiet.Close()
}

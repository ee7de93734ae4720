// difftest: same
package main

// A server that logs what it does with its own log.Logger on standard
// output, a prefix of its own and no time stamps (so the log is the same
// from run to run), and a client whose failures go through log.Printf on
// another logger. Log lines show a struct with %v and %+v.

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
)

type Conn struct {
	ID   int
	Peer string
}

func main() {
	srvLog := log.New(os.Stdout, "[server] ", 0)
	cliLog := log.New(os.Stdout, "[client] ", log.Lmsgprefix)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		srvLog.Fatal(err)
	}
	srvLog.Println("listening on", ln.Addr())
	done := make(chan bool)
	go func() {
		defer close(done)
		for id := 1; id <= 2; id++ {
			c, err := ln.Accept()
			if err != nil {
				srvLog.Printf("accept: %v", err)
				return
			}
			info := Conn{ID: id, Peer: "client"}
			srvLog.Printf("accepted %v", info)
			line, err := bufio.NewReader(c).ReadString('\n')
			if err != nil {
				srvLog.Printf("conn %+v: %v", info, err)
			} else {
				srvLog.Printf("conn %d says %q", info.ID, line)
			}
			c.Close()
		}
	}()
	c1, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		cliLog.Fatal(err)
	}
	fmt.Fprintln(c1, "hello")
	c1.Close()
	c2, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		cliLog.Fatal(err)
	}
	c2.Close()
	<-done
	ln.Close()
	cliLog.Printf("prefix %q, flags %d", cliLog.Prefix(), cliLog.Flags())
}

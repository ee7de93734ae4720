// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/smtp"
	"net/textproto"
	"strings"
)

func fakeServer(ln net.Listener, log chan<- string) {
	c, err := ln.Accept()
	if err != nil {
		return
	}
	defer c.Close()
	tp := textproto.NewConn(c)
	tp.PrintfLine("220 localhost fake ESMTP")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			close(log)
			return
		}
		log <- "C: " + line
		verb := strings.ToUpper(strings.Fields(line)[0])
		switch verb {
		case "EHLO":
			tp.PrintfLine("250-localhost\r\n250 8BITMIME")
		case "HELO", "MAIL", "RCPT", "RSET", "NOOP":
			tp.PrintfLine("250 OK")
		case "DATA":
			tp.PrintfLine("354 go ahead")
			lines, _ := tp.ReadDotLines()
			for _, l := range lines {
				log <- "D: " + l
			}
			tp.PrintfLine("250 queued")
		case "QUIT":
			tp.PrintfLine("221 bye")
			close(log)
			return
		default:
			tp.PrintfLine("502 unknown")
		}
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	log := make(chan string, 100)
	go fakeServer(ln, log)
	c, err := smtp.Dial(ln.Addr().String())
	if err != nil {
		panic(err)
	}
	if err := c.Hello("client.local"); err != nil {
		panic(err)
	}
	ok, param := c.Extension("8BITMIME")
	fmt.Println("8bit", ok, param)
	c.Mail("alice@example.com")
	c.Rcpt("bob@example.com")
	w, _ := c.Data()
	fmt.Fprint(w, "Subject: hi\r\n\r\nHello Bob\r\n.dot line\r\n")
	w.Close()
	err = c.Verify("x")
	fmt.Printf("%v %T\n", err, err)
	var pe *textproto.Error
	if e, ok := err.(*textproto.Error); ok {
		pe = e
		fmt.Println(pe.Code, pe.Msg)
	}
	c.Quit()
	for l := range log {
		fmt.Println(l)
	}
	_ = bufio.NewReader
}

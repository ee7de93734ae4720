// difftest: same
package main

// The SMTP lab with Go's own client, net/smtp, against a fake server on
// loopback that speaks just enough ESMTP: EHLO's extension lines, MAIL,
// RCPT (it refuses one recipient), DATA and QUIT, through net/textproto.

import (
	"fmt"
	"io"
	"net"
	"net/smtp"
	"net/textproto"
	"strings"
)

func serve(c net.Conn, log chan<- string) {
	defer close(log)
	tp := textproto.NewConn(c)
	defer tp.Close()
	tp.PrintfLine("220 localhost fake ESMTP")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		log <- "C: " + line
		cmd, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(cmd) {
		case "EHLO":
			tp.PrintfLine("250-localhost greets %s", arg)
			tp.PrintfLine("250-8BITMIME")
			tp.PrintfLine("250 HELP")
		case "MAIL":
			tp.PrintfLine("250 2.1.0 Ok")
		case "RCPT":
			if strings.Contains(arg, "nobody") {
				tp.PrintfLine("550 5.1.1 no such user")
			} else {
				tp.PrintfLine("250 2.1.5 Ok")
			}
		case "DATA":
			tp.PrintfLine("354 go ahead")
			body, err := tp.ReadDotLines()
			if err != nil {
				return
			}
			for _, b := range body {
				log <- "body: " + b
			}
			tp.PrintfLine("250 2.0.0 queued")
		case "QUIT":
			tp.PrintfLine("221 2.0.0 bye")
			return
		default:
			tp.PrintfLine("502 5.5.2 what is %s?", cmd)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	log := make(chan string, 100)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c, log)
		}
	}()

	c, err := smtp.Dial(ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	if err := c.Hello("student.test"); err != nil {
		fmt.Println("hello:", err)
	}
	ok, param := c.Extension("8BITMIME")
	fmt.Println("8BITMIME:", ok, param)
	fmt.Println("mail:", c.Mail("alice@example.test"))
	err = c.Rcpt("nobody@example.test")
	fmt.Printf("rcpt nobody: %v (%T)\n", err, err)
	if te, ok := err.(*textproto.Error); ok {
		fmt.Println("code:", te.Code, "msg:", te.Msg)
	}
	fmt.Println("rcpt bob:", c.Rcpt("bob@example.test"))
	w, err := c.Data()
	if err != nil {
		fmt.Println("data:", err)
		return
	}
	io.WriteString(w, "Subject: hello\r\n\r\nHi Bob,\r\n.a line with a dot\r\n")
	fmt.Println("close data:", w.Close())
	fmt.Println("quit:", c.Quit())
	for line := range log {
		fmt.Println(line)
	}
}

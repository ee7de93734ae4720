// difftest: same
package main

// Fetching mail from a fake POP3 server: USER, PASS, STAT, RETR 1 and
// QUIT over textproto; the message comes back dot-terminated and is parsed
// with net/mail (headers, the From address, the date, the body).

import (
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/textproto"
	"strings"
)

const message = "From: Ann Lee <ann@school.test>\r\n" +
	"To: bob@school.test\r\n" +
	"Subject: Lab 3 is due\r\n" +
	"Date: Mon, 02 Jan 2006 15:04:05 +0800\r\n" +
	"\r\n" +
	"Hi Bob,\r\n" +
	".Remember the lab.\r\n" +
	"Ann\r\n"

func pop3(c net.Conn) {
	tp := textproto.NewConn(c)
	defer tp.Close()
	tp.PrintfLine("+OK POP3 fake ready")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "USER":
			tp.PrintfLine("+OK %s", arg)
		case "PASS":
			tp.PrintfLine("+OK logged in")
		case "STAT":
			tp.PrintfLine("+OK 1 %d", len(message))
		case "RETR":
			if arg != "1" {
				tp.PrintfLine("-ERR no such message")
				continue
			}
			tp.PrintfLine("+OK %d octets", len(message))
			w := tp.DotWriter()
			io.WriteString(w, message)
			w.Close()
		case "QUIT":
			tp.PrintfLine("+OK bye")
			return
		default:
			tp.PrintfLine("-ERR unknown")
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			pop3(c)
		}
	}()
	conn, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	cmd := func(format string, args ...any) string {
		if format != "" {
			conn.PrintfLine(format, args...)
		}
		line, _ := conn.ReadLine()
		fmt.Println("S:", line)
		return line
	}
	cmd("")
	cmd("USER bob")
	cmd("PASS hunter2")
	cmd("STAT")
	cmd("RETR 9")
	if strings.HasPrefix(cmd("RETR 1"), "+OK") {
		msg, err := mail.ReadMessage(conn.DotReader())
		if err != nil {
			fmt.Println("parse:", err)
			return
		}
		from, _ := mail.ParseAddress(msg.Header.Get("From"))
		date, _ := msg.Header.Date()
		body, _ := io.ReadAll(msg.Body)
		fmt.Printf("from %q <%s>\nsubject %q\ndate %s\nbody %q\n", from.Name, from.Address, msg.Header.Get("Subject"), date.UTC().Format("2006-01-02 15:04"), body)
	}
	cmd("QUIT")
}

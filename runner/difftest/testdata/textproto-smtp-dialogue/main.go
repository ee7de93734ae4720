// difftest: same
package main

// An SMTP-like dialogue with net/textproto on both ends: the server
// greets, answers commands with codes (multi-line for EHLO), reads a
// message with DotReader; the client uses Cmd, ReadResponse and
// DotWriter, and a *textproto.Error for an unexpected code.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strings"
)

func server(c net.Conn) {
	tp := textproto.NewConn(c)
	defer tp.Close()
	tp.PrintfLine("220 lab.example ready")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		cmd, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(cmd) {
		case "EHLO":
			tp.PrintfLine("250-lab.example greets %s", arg)
			tp.PrintfLine("250-SIZE 1000")
			tp.PrintfLine("250 HELP")
		case "DATA":
			tp.PrintfLine("354 end with .")
			body, err := io.ReadAll(tp.DotReader())
			if err != nil {
				return
			}
			fmt.Printf("server got %d lines: %q\n", strings.Count(string(body), "\n"), body)
			tp.PrintfLine("250 queued")
		case "QUIT":
			tp.PrintfLine("221 bye")
			return
		default:
			tp.PrintfLine("502 %s not implemented", cmd)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			server(c)
		}
		done <- true
	}()
	tp, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	code, msg, err := tp.ReadResponse(220)
	fmt.Println(code, msg, err)

	id, _ := tp.Cmd("EHLO %s", "client")
	tp.StartResponse(id)
	code, msg, err = tp.ReadResponse(250)
	tp.EndResponse(id)
	fmt.Printf("%d %q %v\n", code, msg, err)

	tp.PrintfLine("VRFY bob")
	_, _, err = tp.ReadResponse(250)
	var te *textproto.Error
	fmt.Println(errors.As(err, &te), te.Code, te.Msg, "|", err)

	tp.PrintfLine("DATA")
	tp.ReadResponse(354)
	w := tp.DotWriter()
	io.WriteString(w, "Subject: hi\n\n.leading dot\nbye\n")
	w.Close()
	fmt.Println(tp.ReadResponse(250))
	tp.PrintfLine("QUIT")
	fmt.Println(tp.ReadResponse(221))
	tp.Close()
	<-done
}

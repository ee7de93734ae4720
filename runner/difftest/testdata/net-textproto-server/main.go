// difftest: same
package main

// A toy mail dialogue over net/textproto: the server reads lines, dot-
// encoded bodies and MIME headers; the client sends commands with Cmd,
// PrintfLine and DotWriter and reads coded responses, a *textproto.Error
// among them.

import (
	"bufio"
	"fmt"
	"net"
	"net/textproto"
	"strings"
)

func serve(c net.Conn) {
	defer c.Close()
	tp := textproto.NewConn(c)
	tp.PrintfLine("220 toy ready")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "HELO":
			tp.PrintfLine("250 hello %s", arg)
		case "DATA":
			tp.PrintfLine("354 end with dot")
			lines, err := tp.ReadDotLines()
			if err != nil {
				return
			}
			tp.PrintfLine("250-got %d lines", len(lines))
			tp.PrintfLine("250 last %q", lines[len(lines)-1])
		case "HDR":
			tp.PrintfLine("354 headers")
			h, err := tp.ReadMIMEHeader()
			fmt.Println("server headers:", h.Get("subject"), h.Values("X-Tag"), err)
			tp.PrintfLine("250 ok")
		case "QUIT":
			tp.PrintfLine("221 bye")
			return
		default:
			tp.PrintfLine("500 unknown %q", verb)
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
			serve(c)
		}
	}()
	tp, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	code, msg, err := tp.ReadResponse(220)
	fmt.Println(code, msg, err)
	id, _ := tp.Cmd("HELO %s", "student")
	tp.StartResponse(id)
	code, msg, err = tp.ReadResponse(250)
	tp.EndResponse(id)
	fmt.Println(code, msg, err)
	tp.PrintfLine("DATA")
	tp.ReadResponse(354)
	w := tp.DotWriter()
	fmt.Fprint(w, "line one\n.starts with dot\nlast line\n")
	w.Close()
	code, msg, err = tp.ReadResponse(250)
	fmt.Printf("%d %q %v\n", code, msg, err)
	tp.PrintfLine("HDR")
	tp.ReadResponse(354)
	tp.PrintfLine("subject: hi there")
	tp.PrintfLine("x-tag: a")
	tp.PrintfLine("X-TAG: b")
	tp.PrintfLine("")
	fmt.Println(tp.ReadResponse(250))
	tp.PrintfLine("FROB x")
	code, msg, err = tp.ReadResponse(250)
	fmt.Println(code, msg, err)
	if te, ok := err.(*textproto.Error); ok {
		fmt.Println("textproto.Error", te.Code, te.Msg)
	}
	tp.PrintfLine("QUIT")
	fmt.Println(tp.ReadCodeLine(221))
	tp.Close()
	r := textproto.NewReader(bufio.NewReader(strings.NewReader("a: 1\r\nb: 2\r\n continued\r\n\r\n")))
	h, err := r.ReadMIMEHeader()
	fmt.Println(h.Get("A"), h.Get("B"), err, textproto.CanonicalMIMEHeaderKey("content-type"))
}

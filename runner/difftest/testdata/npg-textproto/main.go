// difftest: same
package main

// A line protocol with numbered replies, in the style of SMTP and FTP,
// written with net/textproto on both sides: the server answers HELO,
// ECHO and QUIT, and a dot-terminated block for LIST.

import (
	"fmt"
	"net"
	"net/textproto"
	"strings"
)

func serve(c net.Conn) {
	tp := textproto.NewConn(c)
	defer tp.Close()
	tp.PrintfLine("220 ready")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		cmd, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(cmd) {
		case "HELO":
			tp.PrintfLine("250 hello %s", arg)
		case "ECHO":
			tp.PrintfLine("250 %s", arg)
		case "LIST":
			tp.PrintfLine("215 list follows")
			dw := tp.DotWriter()
			fmt.Fprintln(dw, "alpha")
			fmt.Fprintln(dw, ".hidden")
			fmt.Fprintln(dw, "omega")
			dw.Close()
		case "QUIT":
			tp.PrintfLine("221 bye")
			return
		default:
			tp.PrintfLine("500 unknown command %q", cmd)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c)
		}
	}()
	tp, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer tp.Close()
	code, msg, err := tp.ReadResponse(220)
	fmt.Println(code, msg, err)
	for _, cmd := range []string{"HELO lab", "ECHO some words", "NOOP", "LIST", "QUIT"} {
		id, err := tp.Cmd("%s", cmd)
		if err != nil {
			fmt.Println(err)
			return
		}
		tp.StartResponse(id)
		if cmd == "LIST" {
			code, msg, err = tp.ReadCodeLine(215)
			fmt.Println(code, msg, err)
			lines, err := tp.ReadDotLines()
			fmt.Printf("%q %v\n", lines, err)
		} else {
			code, msg, err = tp.ReadResponse(250)
			fmt.Println(code, msg, err)
		}
		tp.EndResponse(id)
	}
}

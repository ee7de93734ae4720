// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/textproto"
	"strings"
)

func server(ln net.Listener) {
	c, err := ln.Accept()
	if err != nil {
		return
	}
	tc := textproto.NewConn(c)
	defer tc.Close()
	tc.PrintfLine("200 ready")
	for {
		id := tc.Next()
		tc.StartRequest(id)
		line, err := tc.ReadLine()
		tc.EndRequest(id)
		if err != nil {
			return
		}
		cmd, arg, _ := strings.Cut(line, " ")
		tc.StartResponse(id)
		switch strings.ToUpper(cmd) {
		case "HEADERS":
			h, err := tc.ReadMIMEHeader()
			if err != nil {
				tc.PrintfLine("500 %v", err)
				break
			}
			tc.PrintfLine("210-got %d headers", len(h))
			tc.PrintfLine("210-ua %s", h.Get("user-agent"))
			tc.PrintfLine("210 x-tags %q", h.Values("X-Tag"))
		case "BODY":
			w := tc.DotWriter()
			fmt.Fprintf(w, "line one\n.starts with dot\n%s\n", arg)
			w.Close()
		case "QUIT":
			tc.PrintfLine("221 bye")
			tc.EndResponse(id)
			return
		default:
			tc.PrintfLine("502 unknown %q", cmd)
		}
		tc.EndResponse(id)
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go server(ln)
	c, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	code, msg, err := c.ReadCodeLine(200)
	fmt.Println(code, msg, err)
	c.PrintfLine("HEADERS")
	c.PrintfLine("User-Agent: lab/1.0")
	c.PrintfLine("x-tag: a")
	c.PrintfLine("X-TAG: b")
	c.PrintfLine("")
	code, msg, err = c.ReadResponse(210)
	fmt.Printf("%d %q %v\n", code, msg, err)
	c.PrintfLine("BODY extra")
	lines, err := c.ReadDotLines()
	fmt.Printf("%q %v\n", lines, err)
	c.PrintfLine("FROB")
	code, msg, err = c.ReadCodeLine(2)
	fmt.Println(code, msg)
	var te *textproto.Error
	if e, ok := err.(*textproto.Error); ok {
		te = e
	}
	fmt.Printf("%v|%+v|%T\n", err, *te, te)
	c.PrintfLine("QUIT")
	code, msg, err = c.ReadCodeLine(221)
	fmt.Println(code, msg, err)
	_, err = c.ReadLine()
	fmt.Println(err)
	fmt.Println(textproto.CanonicalMIMEHeaderKey("content-type"), textproto.TrimString("  x  "))
	r := textproto.NewReader(bufio.NewReader(strings.NewReader("A: 1\r\n continued\r\nB: 2\r\n\r\n")))
	h, err := r.ReadMIMEHeader()
	fmt.Println(h.Get("A"), h.Get("b"), err)
	ln.Close()
}

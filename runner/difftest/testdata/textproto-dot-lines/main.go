// difftest: same
package main

// An SMTP-like exchange with net/textproto: the server reads a command
// line, a block of MIME headers and a dot-terminated body; the client
// writes them with a textproto.Writer and its DotWriter, and reads the
// numbered replies with ReadResponse.

import (
	"fmt"
	"net"
	"net/textproto"
	"strings"
)

func serve(c net.Conn) {
	defer c.Close()
	tc := textproto.NewConn(c)
	tc.PrintfLine("220 loopback ready")
	cmd, err := tc.ReadLine()
	if err != nil {
		return
	}
	hdr, err := tc.ReadMIMEHeader()
	if err != nil {
		tc.PrintfLine("501 bad header: %v", err)
		return
	}
	lines, err := tc.ReadDotLines()
	if err != nil {
		return
	}
	tc.PrintfLine("250-%s accepted", cmd)
	tc.PrintfLine("250-subject %q from %s", hdr.Get("subject"), hdr.Get("From"))
	tc.PrintfLine("250 %d lines, last %q", len(lines), lines[len(lines)-1])
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
	tc, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer tc.Close()
	code, msg, err := tc.ReadResponse(220)
	fmt.Println(code, msg, err)
	tc.PrintfLine("DATA")
	tc.PrintfLine("From: ada@example.com")
	tc.PrintfLine("subject: loopback test")
	tc.PrintfLine("")
	dw := tc.DotWriter()
	fmt.Fprint(dw, "first line\n.a line that starts with a dot\nlast line\n")
	dw.Close()
	code, msg, err = tc.ReadResponse(250)
	fmt.Println(code, err)
	for _, l := range strings.Split(msg, "\n") {
		fmt.Println(" ", l)
	}
	fmt.Println(textproto.CanonicalMIMEHeaderKey("x-forwarded-for"), textproto.TrimString("  padded \t"))
	_, _, err = textproto.NewReader(nil).ReadCodeLine(200)
	fmt.Println(err != nil)
}

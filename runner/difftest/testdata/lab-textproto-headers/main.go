// difftest: same
package main

// A line protocol read with net/textproto: the client sends a request
// line, then headers in MIME form, then a blank line; the server reads them
// with ReadLine and ReadMIMEHeader (which canonicalises the keys) and
// answers with a numbered reply that the client reads with ReadResponse.

import (
	"fmt"
	"net"
	"net/textproto"
	"sort"
	"strings"
)

func server(c net.Conn) {
	tc := textproto.NewConn(c)
	defer tc.Close()
	for {
		line, err := tc.ReadLine()
		if err != nil {
			return
		}
		hdr, err := tc.ReadMIMEHeader()
		if err != nil {
			tc.PrintfLine("400 bad headers: %v", err)
			continue
		}
		keys := make([]string, 0, len(hdr))
		for k := range hdr {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if !strings.HasPrefix(line, "HELLO ") {
			tc.PrintfLine("500 unknown request %q", line)
			continue
		}
		tc.PrintfLine("200-hello %s", strings.TrimPrefix(line, "HELLO "))
		for _, k := range keys {
			tc.PrintfLine("200-%s=%s", k, strings.Join(hdr[k], "|"))
		}
		tc.PrintfLine("200 %d headers", len(keys))
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
			server(c)
		}
	}()
	c, err := textproto.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	requests := []string{
		"HELLO world\r\nuser-agent: lab/1.0\r\nX-Lang: go\r\nx-lang: python\r\n\r\n",
		"BYE now\r\n\r\n",
		"HELLO again\r\nbroken header line\r\n\r\n",
	}
	for _, req := range requests {
		id := c.Next()
		c.StartRequest(id)
		c.W.WriteString(req)
		c.W.Flush()
		c.EndRequest(id)
		c.StartResponse(id)
		code, msg, err := c.ReadResponse(200)
		c.EndResponse(id)
		fmt.Printf("code %d\n%s\n", code, msg)
		if err != nil {
			fmt.Printf("error: %v (%T)\n", err, err)
		}
	}
}

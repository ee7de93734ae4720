// difftest: same
package main

// A client type that embeds both a *bufio.Reader and the net.Conn under
// it, so c.ReadString and c.Write are its own; the reading loop switches
// on the error (case io.EOF) and keeps a last line without its newline.
// The program ends with os.Exit(3), the status a grader checks, and its
// deferred call never runs.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

type Client struct {
	*bufio.Reader
	net.Conn
	name string
}

func readAll(r *bufio.Reader) []string {
	var out []string
	for {
		line, err := r.ReadString('\n')
		switch err {
		case nil:
			out = append(out, strings.TrimSpace(line))
		case io.EOF:
			if line != "" {
				out = append(out, line+" (no newline)")
			}
			return out
		default:
			return append(out, "error "+err.Error())
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		r := bufio.NewReader(c)
		name, _ := r.ReadString('\n')
		fmt.Fprintf(c, "hello %s", name)
		fmt.Fprint(c, "line two\nthe end")
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	cl := Client{bufio.NewReader(conn), conn, "kim"}
	defer fmt.Println("deferred, never printed")
	fmt.Fprintln(cl, cl.name)
	first, _ := cl.ReadString('\n')
	fmt.Printf("%q\n", first)
	lines := readAll(cl.Reader)
	fmt.Println(len(lines), lines)
	cl.Close()
	if len(lines) != 3 {
		fmt.Println("incomplete answer: exiting with 3")
		os.Exit(3)
	}
}

// difftest: same
package main

// Half-close: the client sends its whole text and then CloseWrite, so the
// server's reading loop sees EOF while the connection stays open for the
// answer: the count of lines, words and bytes (a tiny wc over TCP).

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
)

type counts struct{ lines, words, bytes int }

func count(r io.Reader) (counts, error) {
	var c counts
	br := bufio.NewReader(r)
	inWord := false
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		c.bytes++
		if b == '\n' {
			c.lines++
		}
		space := b == ' ' || b == '\n' || b == '\t'
		if !space && !inWord {
			c.words++
		}
		inWord = !space
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			c, err := count(conn)
			fmt.Fprintf(conn, "%d %d %d %v\n", c.lines, c.words, c.bytes, err)
			conn.Close()
		}
	}()
	for _, text := range []string{"one line\n", "the quick brown fox\njumps over\nthe lazy dog\n", ""} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		io.Copy(conn, bytes.NewBufferString(text))
		if err := conn.(*net.TCPConn).CloseWrite(); err != nil {
			fmt.Println("CloseWrite:", err)
		}
		_, err = conn.Write([]byte("too late"))
		fmt.Println("write after CloseWrite fails:", err != nil)
		reply, _ := io.ReadAll(conn)
		fmt.Printf("%q -> %s", text, reply)
		conn.Close()
	}
}

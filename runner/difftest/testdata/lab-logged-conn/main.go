// difftest: same
package main

// A connection that records what it reads: loggedConn embeds net.Conn and
// overrides Read; compile-time checks (var _ net.Conn = ...) make sure it
// still is a connection. A bufio.Reader and an io.ReadWriter variable
// both go through the override.

import (
	"bufio"
	"fmt"
	"io"
	"net"
)

type loggedConn struct {
	net.Conn
	log []string
}

var _ net.Conn = (*loggedConn)(nil)
var _ io.ReadWriteCloser = &loggedConn{}

func (l *loggedConn) Read(p []byte) (int, error) {
	n, err := l.Conn.Read(p)
	l.log = append(l.log, fmt.Sprintf("read %d bytes (err %v)", n, err))
	return n, err
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(c, c)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	lc := &loggedConn{Conn: c}
	fmt.Fprintln(lc, "hi")
	r := bufio.NewReader(lc)
	line, _ := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, lc.log)
	var rw io.ReadWriter = lc
	fmt.Fprintln(rw, "again")
	line, _ = r.ReadString('\n')
	fmt.Printf("%q after %d reads\n", line, len(lc.log))
	lc.Conn.(*net.TCPConn).CloseWrite()
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	for i, entry := range lc.log {
		fmt.Println(i, entry)
	}
	lc.Close()
}

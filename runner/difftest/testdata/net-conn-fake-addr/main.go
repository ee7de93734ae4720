// difftest: same
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"time"
)

type fakeAddr string

func (a fakeAddr) Network() string { return "fake" }
func (a fakeAddr) String() string  { return string(a) }

type fakeConn struct {
	in     *bytes.Reader
	out    bytes.Buffer
	closed bool
}

func (c *fakeConn) Read(p []byte) (int, error)         { return c.in.Read(p) }
func (c *fakeConn) Write(p []byte) (int, error)        { return c.out.Write(p) }
func (c *fakeConn) Close() error                       { c.closed = true; return nil }
func (c *fakeConn) LocalAddr() net.Addr                { return fakeAddr("local:1") }
func (c *fakeConn) RemoteAddr() net.Addr               { return fakeAddr("remote:2") }
func (c *fakeConn) SetDeadline(t time.Time) error      { return nil }
func (c *fakeConn) SetReadDeadline(t time.Time) error  { return nil }
func (c *fakeConn) SetWriteDeadline(t time.Time) error { return nil }

func handle(c net.Conn) error {
	defer c.Close()
	fmt.Printf("serving %v via %s\n", c.RemoteAddr(), c.RemoteAddr().Network())
	tp := textproto.NewConn(c)
	for {
		line, err := tp.ReadLine()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		tp.PrintfLine("ECHO %s", line)
	}
}

func main() {
	fc := &fakeConn{in: bytes.NewReader([]byte("one\r\ntwo\r\n"))}
	err := handle(fc)
	fmt.Printf("%v closed=%v out=%q\n", err, fc.closed, fc.out.String())
	fc2 := &fakeConn{in: bytes.NewReader([]byte(`{"a":1}` + "\n"))}
	var c net.Conn = fc2
	var m map[string]int
	json.NewDecoder(c).Decode(&m)
	json.NewEncoder(c).Encode(m)
	w := bufio.NewWriter(c)
	fmt.Fprintf(w, "%s->%s\n", c.LocalAddr(), c.RemoteAddr())
	w.Flush()
	fmt.Printf("%q %v\n", fc2.out.String(), m)
	fmt.Printf("%T %T\n", c, c.LocalAddr())
}

// difftest: same
package main

// net/rpc with a codec of the script's own, one JSON value per line,
// for both the server (ServeCodec) and the client (NewClientWithCodec),
// built by a constructor whose result goes straight to net/rpc.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/rpc"
)

// lineCodec is a tiny line-oriented JSON codec for net/rpc.
type lineCodec struct {
	rwc io.ReadWriteCloser
	dec *json.Decoder
	enc *json.Encoder
	w   *bufio.Writer
	log []string
}

type wireHeader struct {
	Method string `json:"m"`
	Seq    uint64 `json:"s"`
	Error  string `json:"e,omitempty"`
}

func newCodec(rwc io.ReadWriteCloser) *lineCodec {
	w := bufio.NewWriter(rwc)
	return &lineCodec{rwc: rwc, dec: json.NewDecoder(rwc), enc: json.NewEncoder(w), w: w}
}

func (c *lineCodec) ReadRequestHeader(r *rpc.Request) error {
	var h wireHeader
	if err := c.dec.Decode(&h); err != nil {
		return err
	}
	r.ServiceMethod, r.Seq = h.Method, h.Seq
	return nil
}

func (c *lineCodec) ReadRequestBody(body any) error {
	if body == nil {
		var skip json.RawMessage
		return c.dec.Decode(&skip)
	}
	return c.dec.Decode(body)
}

func (c *lineCodec) WriteResponse(r *rpc.Response, body any) error {
	c.log = append(c.log, fmt.Sprintf("resp %s #%d err=%q", r.ServiceMethod, r.Seq, r.Error))
	if err := c.enc.Encode(wireHeader{r.ServiceMethod, r.Seq, r.Error}); err != nil {
		return err
	}
	if err := c.enc.Encode(body); err != nil {
		return err
	}
	return c.w.Flush()
}

func (c *lineCodec) WriteRequest(r *rpc.Request, body any) error {
	if err := c.enc.Encode(wireHeader{Method: r.ServiceMethod, Seq: r.Seq}); err != nil {
		return err
	}
	if err := c.enc.Encode(body); err != nil {
		return err
	}
	return c.w.Flush()
}

func (c *lineCodec) ReadResponseHeader(r *rpc.Response) error {
	var h wireHeader
	if err := c.dec.Decode(&h); err != nil {
		return err
	}
	r.ServiceMethod, r.Seq, r.Error = h.Method, h.Seq, h.Error
	return nil
}

func (c *lineCodec) ReadResponseBody(body any) error {
	if body == nil {
		var skip json.RawMessage
		return c.dec.Decode(&skip)
	}
	return c.dec.Decode(body)
}

func (c *lineCodec) Close() error { return c.rwc.Close() }

type Greeter struct{}

func (Greeter) Hello(name string, reply *string) error {
	if name == "" {
		return fmt.Errorf("no name")
	}
	*reply = "hello, " + name
	return nil
}

func main() {
	s := rpc.NewServer()
	s.RegisterName("G", Greeter{})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	done := make(chan *lineCodec)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		codec := newCodec(c)
		s.ServeCodec(codec)
		done <- codec
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	cl := rpc.NewClientWithCodec(newCodec(conn))
	var reply string
	fmt.Println(cl.Call("G.Hello", "ann", &reply), reply)
	fmt.Println(cl.Call("G.Hello", "", &reply), reply)
	fmt.Println(cl.Call("G.Bye", "x", &reply))
	cl.Close()
	for _, l := range (<-done).log {
		fmt.Println(l)
	}
}

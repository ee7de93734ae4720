package rpcserve

import (
	"bufio"
	"encoding/gob"
	"io"
	"net/rpc"
)

// gobCodec is the server's side of net/rpc's gob protocol on one
// connection: each request is a gob-encoded rpc.Request followed by the
// argument, each response an rpc.Response followed by the reply, written
// through a buffer flushed once per response.
type gobCodec struct {
	conn   io.ReadWriteCloser
	dec    *gob.Decoder
	enc    *gob.Encoder
	out    *bufio.Writer
	closed bool
}

func newGobCodec(conn io.ReadWriteCloser) *gobCodec {
	out := bufio.NewWriter(conn)
	return &gobCodec{conn: conn, dec: gob.NewDecoder(conn), enc: gob.NewEncoder(out), out: out}
}

func (c *gobCodec) ReadRequestHeader(r *rpc.Request) error { return c.dec.Decode(r) }

// ReadRequestBody decodes the argument into body, or skips it where body
// is nil.
func (c *gobCodec) ReadRequestBody(body any) error { return c.dec.Decode(body) }

// WriteResponse writes the response and its body. Where gob cannot encode
// one of them, the connection is closed, so that the client sees the
// stream end rather than wait for a reply.
func (c *gobCodec) WriteResponse(r *rpc.Response, body any) error {
	if err := c.enc.Encode(r); err != nil {
		c.broken("response", err)
		return err
	}
	if err := c.enc.Encode(body); err != nil {
		c.broken("body", err)
		return err
	}
	return c.out.Flush()
}

// broken logs an encoding error of what and closes the connection, where
// what was buffered before it can still be written.
func (c *gobCodec) broken(what string, err error) {
	if c.out.Flush() == nil {
		line := lineBody
		if what == "response" {
			line = lineResponse
		}
		loglnAt(line, "rpc: gob error encoding "+what+":", err)
		c.Close()
	}
}

// Close closes the connection once.
func (c *gobCodec) Close() error {
	if c.closed {
		return nil
	}
	c.closed = true
	return c.conn.Close()
}

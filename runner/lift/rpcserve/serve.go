package rpcserve

import (
	"errors"
	"io"
	"net"
	"net/rpc"
	"strings"
	"sync"
)

// invalidBody is the body of a response that carries an error: an empty
// struct, which the client never decodes.
var invalidBody = struct{}{}

// A call is a request read whole: its header, the method it names and
// the values New made for it.
type call struct {
	req        *rpc.Request
	method     *Method
	arg, reply any
}

// ServeCodec serves the requests codec reads until it reports the end of
// its stream or a header it cannot read, each on a goroutine of its own;
// it then waits for the responses to be written and closes codec.
func (s *Server) ServeCodec(codec rpc.ServerCodec) {
	var (
		sending sync.Mutex
		pending sync.WaitGroup
	)
	for {
		c, keepReading, err := s.read(codec)
		if err != nil {
			if !keepReading {
				break
			}
			if c.req != nil {
				respond(&sending, codec, c.req, invalidBody, err.Error())
			}
			continue
		}
		pending.Add(1)
		go func() {
			defer pending.Done()
			c.run(&sending, codec)
		}()
	}
	pending.Wait()
	codec.Close()
}

// ServeRequest serves one request that codec reads, on the calling
// goroutine, and leaves codec open.
func (s *Server) ServeRequest(codec rpc.ServerCodec) error {
	var sending sync.Mutex
	c, keepReading, err := s.read(codec)
	if err != nil {
		if keepReading && c.req != nil {
			respond(&sending, codec, c.req, invalidBody, err.Error())
		}
		return err
	}
	c.run(&sending, codec)
	return nil
}

// ServeConn serves the requests of one connection in gob, until the
// client hangs up.
func (s *Server) ServeConn(conn io.ReadWriteCloser) { s.ServeCodec(newGobCodec(conn)) }

// Accept serves each connection that ln accepts, on a goroutine of its
// own, until Accept fails.
func (s *Server) Accept(ln net.Listener) {
	for {
		conn, err := ln.Accept()
		if err != nil {
			logAt(lineAccept, "rpc.Serve: accept:", err.Error())
			return
		}
		go s.ServeConn(conn)
	}
}

// read reads one request: its header, then its body into a new argument.
// keepReading reports whether the stream may hold more requests after an
// error; c.req is set where the header was read.
func (s *Server) read(codec rpc.ServerCodec) (c call, keepReading bool, err error) {
	req := new(rpc.Request)
	if err := codec.ReadRequestHeader(req); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return c, false, err
		}
		return c, false, errors.New("rpc: server cannot decode request: " + err.Error())
	}
	c.req = req
	c.method, err = s.lookup(req.ServiceMethod)
	if err != nil {
		codec.ReadRequestBody(nil) // skip the body
		return c, true, err
	}
	c.arg = c.method.NewArg()
	if err := codec.ReadRequestBody(c.arg); err != nil {
		if c.method.Rename != nil {
			err = c.method.Rename(err, c.arg)
		}
		return c, true, err
	}
	c.reply = c.method.NewReply()
	return c, true, nil
}

// lookup returns the method that serviceMethod, "Service.Method", names.
func (s *Server) lookup(serviceMethod string) (*Method, error) {
	dot := strings.LastIndexByte(serviceMethod, '.')
	if dot < 0 {
		return nil, errors.New("rpc: service/method request ill-formed: " + serviceMethod)
	}
	v, ok := s.services.Load(serviceMethod[:dot])
	if !ok {
		return nil, errors.New("rpc: can't find service " + serviceMethod)
	}
	m := v.(*service).methods[serviceMethod[dot+1:]]
	if m == nil {
		return nil, errors.New("rpc: can't find method " + serviceMethod)
	}
	return m, nil
}

// run calls the method and writes its response.
func (c call) run(sending *sync.Mutex, codec rpc.ServerCodec) {
	c.method.calls.Add(1)
	msg := ""
	if err := c.method.Call(c.arg, c.reply); err != nil {
		msg = err.Error()
	}
	respond(sending, codec, c.req, c.reply, msg)
}

// respond writes the response to req, one at a time on codec: with the
// method's error message, where there is one, and an empty body.
func respond(sending *sync.Mutex, codec rpc.ServerCodec, req *rpc.Request, body any, msg string) {
	resp := &rpc.Response{ServiceMethod: req.ServiceMethod, Seq: req.Seq, Error: msg}
	if msg != "" {
		body = invalidBody
	}
	sending.Lock()
	codec.WriteResponse(resp, body)
	sending.Unlock()
}

// Accept is rpc.Accept.
func Accept(ln net.Listener) { Default().Accept(ln) }

// ServeConn is rpc.ServeConn.
func ServeConn(conn io.ReadWriteCloser) { Default().ServeConn(conn) }

// ServeCodec is rpc.ServeCodec.
func ServeCodec(codec rpc.ServerCodec) { Default().ServeCodec(codec) }

// ServeRequest is rpc.ServeRequest.
func ServeRequest(codec rpc.ServerCodec) error { return Default().ServeRequest(codec) }

package rpcserve

import (
	"errors"
	"net/rpc"
	"strings"
)

// ClientError is the error of a client's Call, with a type of the script
// named in gob's error of decoding its reply (reply, where not nil) as Go
// names it: rpc.Client's own "reading body" error quotes gob's, which
// spells the interpreter's struct types by their fields.
func ClientError(err error, reply any, rename func(err error, target any) error) error {
	if err == nil || rename == nil {
		return err
	}
	if _, ok := err.(rpc.ServerError); ok {
		return err
	}
	msg, ok := strings.CutPrefix(err.Error(), "reading body ")
	if !ok {
		return err
	}
	renamed := rename(errors.New(msg), reply).Error()
	if renamed == msg {
		return err
	}
	return errors.New("reading body " + renamed)
}

// ClientGo is client.Go(serviceMethod, args, reply, done), whose Call
// carries the error of decoding its reply with the script's types named
// as ClientError names them. The call goes out with a channel of its own;
// the Call handed back, and sent on done once the reply is in (dropped,
// as net/rpc drops it, where done is full), is a copy whose Error is set
// first, so that the script never sees the interpreter's spelling.
func ClientGo(client *rpc.Client, serviceMethod string, args, reply any, done chan *rpc.Call, rename func(err error, target any) error) *rpc.Call {
	if done != nil && cap(done) == 0 || rename == nil {
		return client.Go(serviceMethod, args, reply, done) // net/rpc's panic, or nothing to name
	}
	if done == nil {
		done = make(chan *rpc.Call, 10) // as net/rpc makes it
	}
	inner := client.Go(serviceMethod, args, reply, make(chan *rpc.Call, 1))
	out := &rpc.Call{ServiceMethod: inner.ServiceMethod, Args: inner.Args, Reply: inner.Reply, Done: done}
	go func() {
		c := <-inner.Done
		out.Error = ClientError(c.Error, reply, rename)
		select {
		case out.Done <- out:
		default: // net/rpc discards it too
		}
	}()
	return out
}

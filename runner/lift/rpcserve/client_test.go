package rpcserve

import (
	"errors"
	"net"
	"net/rpc"
	"strings"
	"testing"
	"time"
)

func TestClientError(t *testing.T) {
	rename := func(err error, target any) error {
		return errors.New(strings.ReplaceAll(err.Error(), "struct { Q int }", "main.Reply"))
	}
	server := rpc.ServerError("reading body struct { Q int }")
	tests := []struct {
		err    error
		rename func(error, any) error
		want   error
	}{
		{nil, rename, nil},
		{errors.New("reading body gob: want struct type struct { Q int }; got non-struct"), rename, errors.New("reading body gob: want struct type main.Reply; got non-struct")},
		{errors.New("reading body gob: want struct type main.Other"), rename, nil},
		{server, rename, server},
		{rpc.ErrShutdown, rename, rpc.ErrShutdown},
		{errors.New("reading body struct { Q int }"), nil, nil},
	}
	for _, tt := range tests {
		got := ClientError(tt.err, nil, tt.rename)
		if tt.want == nil || tt.want == tt.err {
			if got != tt.err {
				t.Errorf("ClientError(%v) = %v, want it unchanged", tt.err, got)
			}
			continue
		}
		if got == nil || got.Error() != tt.want.Error() {
			t.Errorf("ClientError(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// TestClientGo checks that the Call of ClientGo comes back on the channel
// the client gave (or its own) with the reply in and the error of decoding
// it renamed, and that an unbuffered channel panics as net/rpc's Go does.
func TestClientGo(t *testing.T) {
	s := For(rpc.NewServer())
	if err := s.Register(arith("Arith", 1)); err != nil {
		t.Fatal(err)
	}
	c := serve(t, s)
	rename := func(err error, target any) error {
		return errors.New(strings.ReplaceAll(err.Error(), "rpcserve.Quotient", "main.Quotient"))
	}
	var q Quotient
	var product int
	var wrong Quotient
	tests := []struct {
		name   string
		method string
		arg    any
		reply  any
		done   chan *rpc.Call
		want   string
	}{
		{"a reply on the Call's own channel", "Arith.Divide", Args{17, 5}, &q, nil, ""},
		{"a reply on the client's channel", "Arith.Multiply", &Args{7, 8}, &product, make(chan *rpc.Call, 1), ""},
		{"a method's error", "Arith.Divide", Args{1, 0}, &q, make(chan *rpc.Call, 1), "divide by zero"},
		{"a reply that cannot be decoded", "Arith.Multiply", &Args{2, 3}, &wrong, nil, "reading body gob: type mismatch in decoder: want struct type main.Quotient; got non-struct"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			call := ClientGo(c, tt.method, tt.arg, tt.reply, tt.done, rename)
			if tt.done != nil && call.Done != tt.done {
				t.Errorf("Done is not the client's channel")
			}
			select {
			case got := <-call.Done:
				if got != call {
					t.Errorf("Done carried another Call")
				}
			case <-time.After(5 * time.Second):
				t.Fatal("no reply")
			}
			if got := errText(call.Error); got != tt.want {
				t.Errorf("Error %q, want %q", got, tt.want)
			}
			if call.ServiceMethod != tt.method || call.Args != tt.arg || call.Reply != tt.reply {
				t.Errorf("Call %+v, want the call's own fields", call)
			}
		})
	}
	if q != (Quotient{3, 2}) || product != 56 {
		t.Errorf("replies %v, %d, want {3 2}, 56", q, product)
	}
}

// TestClientGoUnbuffered checks that ClientGo panics as net/rpc's Go does
// on an unbuffered channel.
func TestClientGoUnbuffered(t *testing.T) {
	quiet(t)
	a, b := net.Pipe()
	defer b.Close()
	c := rpc.NewClient(a)
	defer c.Close()
	defer func() {
		if r := recover(); r == nil {
			t.Errorf("an unbuffered channel did not panic")
		}
	}()
	ClientGo(c, "Arith.Divide", Args{1, 1}, new(Quotient), make(chan *rpc.Call), func(err error, _ any) error { return err })
}

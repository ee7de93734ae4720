// difftest: same
package main

// A method's own error reaches the client as a ServerError of its text;
// the reply is not sent with it.

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "no key " + strconv.Quote(e.Key) }

type Store struct{ data map[string]string }

type Reply struct {
	Value string
	Found bool
}

func (s *Store) Get(key string, reply *Reply) error {
	v, ok := s.data[key]
	reply.Value, reply.Found = v, ok
	if !ok {
		return &NotFound{key}
	}
	return nil
}

func (s *Store) Check(n int, reply *bool) error {
	*reply = true
	if n < 0 {
		return fmt.Errorf("check %d: %w", n, errors.New("negative"))
	}
	return nil
}

type Item struct{ Key, Value string }

func (s *Store) Put(it Item, done *bool) error {
	s.data[it.Key] = it.Value
	*done = true
	return nil
}

func main() {
	rpc.Register(&Store{data: map[string]string{"a": "apple"}})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go rpc.ServeConn(conn)
		}
	}()
	client, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()

	var r Reply
	err = client.Call("Store.Get", "a", &r)
	fmt.Printf("%+v %v\n", r, err)
	r = Reply{Value: "kept"}
	err = client.Call("Store.Get", "b", &r)
	fmt.Printf("%+v %v\n", r, err)
	_, isServer := err.(rpc.ServerError)
	fmt.Println(isServer)

	var ok bool
	err = client.Call("Store.Check", -3, &ok)
	fmt.Println(ok, err)
	err = client.Call("Store.Check", 3, &ok)
	fmt.Println(ok, err)
	// An argument of the wrong type: the server cannot decode it.
	err = client.Call("Store.Check", "three", &ok)
	fmt.Println(err)
	err = client.Call("Store.Check", 4, &ok)
	fmt.Println(ok, err)
	err = client.Call("Store.Put", "x", &ok)
	fmt.Println(err)
	err = client.Call("Store.Check", 5, &ok)
	fmt.Println(ok, err)
	// A reply of the wrong type: the client cannot decode it, and hangs up.
	err = client.Call("Store.Check", 6, &r)
	fmt.Println(err)
	// The client's reader has met the bad reply, and ends the connection:
	// this call fails with the reader's error or, once the client has shut
	// down, with rpc.ErrShutdown, whichever comes first (in Go as well).
	err = client.Call("Store.Check", 7, &ok)
	fmt.Println(err != nil)
}

// difftest: same
package main

// net/rpc over loopback TCP: asynchronous calls with client.Go sharing
// one Done channel, a method's error arriving as rpc.ServerError, an
// unknown method, and a call after Close failing with rpc.ErrShutdown.

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"sort"
	"strings"
)

type Args struct {
	Words []string
	Sep   string
}

type Text struct{}

func (Text) Join(a Args, out *string) error {
	if len(a.Words) == 0 {
		return errors.New("nothing to join")
	}
	*out = strings.Join(a.Words, a.Sep)
	return nil
}

func (Text) Count(s string, n *int) error {
	*n = len(strings.Fields(s))
	return nil
}

func main() {
	srv := rpc.NewServer()
	if err := srv.Register(Text{}); err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go srv.Accept(ln)

	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	done := make(chan *rpc.Call, 4)
	var joined [3]string
	client.Go("Text.Join", Args{[]string{"a", "b", "c"}, "-"}, &joined[0], done)
	client.Go("Text.Join", Args{[]string{"x"}, "+"}, &joined[1], done)
	client.Go("Text.Join", Args{nil, ","}, &joined[2], done)
	var n int
	client.Go("Text.Count", "one two three four", &n, done)
	var lines []string
	for range 4 {
		call := <-done
		if call.Error != nil {
			var se rpc.ServerError
			lines = append(lines, fmt.Sprintf("%s error %q server error %v", call.ServiceMethod, call.Error, errors.As(call.Error, &se)))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s ok", call.ServiceMethod))
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("%q %d\n", joined, n)

	err = client.Call("Text.Shout", "hi", new(string))
	fmt.Println("unknown:", err)
	client.Close()
	err = client.Call("Text.Count", "a b", &n)
	fmt.Println("after close:", err, err == rpc.ErrShutdown)
}

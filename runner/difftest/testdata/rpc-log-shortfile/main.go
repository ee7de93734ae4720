// difftest: same
package main

// net/rpc logs a failed registration, and the end of Accept when its
// listener closes, through package log from its own server.go, which a
// logger with the file flags names, with its lines.

import (
	"fmt"
	"log"
	"net"
	"net/rpc"
	"os"
	"strings"
)

type Counter int

func (c Counter) Add(n int, reply *int) error {
	*reply = int(c) + n
	return nil
}

type hidden int

func (h *hidden) Get(n int, reply *int) error { *reply = n; return nil }

type Empty struct{}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	fmt.Println(rpc.Register(Counter(1)))
	fmt.Println(rpc.Register(new(hidden)))
	fmt.Println(rpc.Register(Empty{}))
	log.SetFlags(log.Llongfile)
	fmt.Println(rpc.RegisterName("", new(Empty)) != nil)
	var sb strings.Builder
	log.SetOutput(&sb)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("[rpc] ")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := rpc.NewServer()
	ln.Close()
	srv.Accept(ln)
	line, _, _ := strings.Cut(sb.String(), "accept tcp")
	fmt.Println(line)
}

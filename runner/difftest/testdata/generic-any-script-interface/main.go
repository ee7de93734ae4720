// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Conn is what a chat hub keeps of each client.
type Conn interface {
	Name() string
}

type tcpConn struct{ addr string }
type botConn struct{ id int }

func (t tcpConn) Name() string  { return "tcp:" + t.addr }
func (b *botConn) Name() string { return fmt.Sprint("bot", b.id) }

// Describe tells what a value is, for any type of value, as a generic
// logging helper does.
func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "none"
	case tcpConn:
		return "tcp " + x.addr
	case *botConn:
		return fmt.Sprint("bot #", x.id)
	case string:
		return "text " + x
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	conns := []Conn{tcpConn{"127.0.0.1:9000"}, &botConn{7}, nil}
	var parts []string
	for _, c := range conns {
		parts = append(parts, Describe(c))
	}
	var none Conn
	parts = append(parts, Describe(none))
	fmt.Println(strings.Join(parts, "; "))
	fmt.Println(Describe("hello"), Describe(42), Describe[Conn](nil))
}

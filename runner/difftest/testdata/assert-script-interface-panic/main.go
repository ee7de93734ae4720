// difftest: same
package main

// A failed assertion of one value to an interface the script declares
// panics with Go's message, naming the dynamic type and the method it
// lacks, or the nil interface; the comma-ok form reports false instead.

import (
	"errors"
	"fmt"
	"net"
	"runtime"
)

type closeWriter interface {
	CloseWrite() error
}

func try(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println("recovered:", r, isRuntime)
	}()
	f()
}

func main() {
	var err error = errors.New("boom")
	try(func() { err.(interface{ Timeout() bool }).Timeout() })
	try(func() { cw := err.(closeWriter); cw.CloseWrite() })
	var none error
	try(func() { none.(closeWriter).CloseWrite() })
	_, ok := err.(closeWriter)
	fmt.Println("comma-ok:", ok)
	var addr net.Addr = &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}
	addr.(interface{ Timeout() bool }).Timeout()
}

// difftest: same
package main

// What a refused connection looks like to a program: a *net.OpError around
// an *os.SyscallError around syscall.ECONNREFUSED, which errors.Is and
// errors.As find at every level.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nobody listens there any more

	_, err = net.Dial("tcp", addr)
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	fmt.Println("refused:", errors.Is(err, syscall.ECONNREFUSED))
	fmt.Println("timeout:", errors.Is(err, os.ErrDeadlineExceeded))

	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, "net:", op.Net, "source nil:", op.Source == nil)
		fmt.Printf("inner: %T %v\n", op.Err, op.Err)
		fmt.Println("temporary:", op.Temporary(), "timeout:", op.Timeout())
	}
	var sc *os.SyscallError
	if errors.As(err, &sc) {
		fmt.Println("syscall:", sc.Syscall, "errno:", sc.Err)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		fmt.Println("errno value:", int(errno), errno == syscall.ECONNREFUSED)
	}
	if ne, ok := err.(net.Error); ok {
		fmt.Println("net.Error timeout:", ne.Timeout())
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T\n", e)
	}
}

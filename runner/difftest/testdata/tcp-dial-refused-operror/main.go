// difftest: same
package main

// Dialing a port that was just closed: the error is a *net.OpError whose
// Op and Net name the call, its Err a *os.SyscallError naming connect,
// errors.Is finds syscall.ECONNREFUSED through both, and a net.Error says
// it is no timeout. The port is cut out of the text before printing.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	d := net.Dialer{Timeout: time.Second}
	_, err = d.Dial("tcp", addr)
	fmt.Println("refused:", errors.Is(err, syscall.ECONNREFUSED))
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, "net:", op.Net, "source nil:", op.Source == nil)
		fmt.Println("addr is TCPAddr:", fmt.Sprintf("%T", op.Addr))
		var se *os.SyscallError
		if errors.As(op.Err, &se) {
			fmt.Println("syscall:", se.Syscall, se.Err == syscall.ECONNREFUSED)
		}
	}
	var ne net.Error
	if errors.As(err, &ne) {
		fmt.Println("timeout:", ne.Timeout())
	}
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	wrapped := fmt.Errorf("connect to backend: %w", err)
	fmt.Println(errors.Is(wrapped, syscall.ECONNREFUSED), errors.As(wrapped, &op), op.Op)
	fmt.Printf("%T %T\n", err, errors.Unwrap(wrapped))
}

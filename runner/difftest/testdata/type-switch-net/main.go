// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *net.OpError:
		return "op error: " + e.Op
	case net.Error:
		return fmt.Sprint("net error, timeout ", e.Timeout())
	case error:
		return "error: " + e.Error()
	}
	return "unreachable"
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = net.DialTimeout("tcp", addr, time.Second)
	fmt.Println(describe(err))
	fmt.Println(describe(io.EOF))
	fmt.Println(describe(fmt.Errorf("reading: %w", io.ErrUnexpectedEOF)))
	fmt.Println(describe(os.ErrDeadlineExceeded))
	fmt.Println(describe(nil))
	r := strings.NewReader("ab")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		switch err.(type) {
		case nil:
			fmt.Println("read", n)
			continue
		case error:
			fmt.Println("stopped:", errors.Is(err, io.EOF))
		}
		break
	}
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	_, err := net.Dial("tcp", addr)
	fmt.Println(errors.Is(err, syscall.ECONNREFUSED), syscall.SIGTERM, syscall.Signal(15) == syscall.SIGTERM)
	var en syscall.Errno
	fmt.Println(errors.As(err, &en), en == syscall.ECONNREFUSED, en.Error())
}

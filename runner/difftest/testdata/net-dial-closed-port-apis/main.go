// difftest: same
package main

// Every way a lab dials a closed loopback port (127.0.0.1:1): net's
// dials, http.Get, net/rpc, JSON-RPC, textproto, smtp and tls, each
// error printed with %T and %v and taken apart with errors.As and Is.

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/rpc"
	"net/rpc/jsonrpc"
	"net/smtp"
	"net/textproto"
	"os"
	"syscall"
	"time"
)

func show(what string, err error) {
	var oe *net.OpError
	var se *os.SyscallError
	fmt.Printf("%-12s %T\n  %v\n  opErr=%v syscall=%v refused=%v\n", what, err, err, errors.As(err, &oe), errors.As(err, &se), errors.Is(err, syscall.ECONNREFUSED))
	if oe != nil {
		fmt.Printf("  op=%s net=%s addr=%v src=%v timeout=%v\n", oe.Op, oe.Net, oe.Addr, oe.Source, oe.Timeout())
	}
}

func main() {
	const addr = "127.0.0.1:1"
	_, err := net.Dial("tcp", addr)
	show("Dial", err)
	_, err = net.DialTimeout("tcp4", addr, time.Second)
	show("DialTimeout", err)
	var d net.Dialer
	_, err = d.DialContext(context.Background(), "tcp", addr)
	show("DialContext", err)
	_, err = net.DialTCP("tcp", nil, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1})
	show("DialTCP", err)
	_, err = http.Get("http://" + addr + "/x")
	show("http.Get", err)
	_, err = rpc.Dial("tcp", addr)
	show("rpc.Dial", err)
	_, err = rpc.DialHTTP("tcp", addr)
	show("rpc.DialHTTP", err)
	_, err = jsonrpc.Dial("tcp", addr)
	show("jsonrpc.Dial", err)
	_, err = textproto.Dial("tcp", addr)
	show("textproto", err)
	_, err = smtp.Dial(addr)
	show("smtp.Dial", err)
	_, err = tls.Dial("tcp", addr, &tls.Config{})
	show("tls.Dial", err)
	_, err = net.Dial("tcp", "[::1]:1")
	show("Dial6", err)
}

// difftest: same
package main

import (
	"fmt"
	"io"
	"net"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		data, err := io.ReadAll(c)
		fmt.Fprintf(c, "got %d bytes", len(data))
		done <- fmt.Sprintf("server read %q, err %v", data, err)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	io.Copy(c, strings.NewReader("all of the request"))
	c.(*net.TCPConn).CloseWrite()
	reply, err := io.ReadAll(c)
	fmt.Println(<-done)
	fmt.Printf("client read %q, err %v\n", reply, err)
	n, err := c.Read(make([]byte, 10))
	fmt.Println(n, err, err == io.EOF)
	c.Close()
	_, err = c.Write([]byte("x"))
	fmt.Println(strings.Contains(err.Error(), "use of closed network connection"))
}

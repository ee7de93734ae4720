// difftest: same
// sort: lines
package main

// The threaded echo server of Network Programming with Go: each client
// gets a goroutine that reads into a 512-byte buffer and writes back what
// it read, until the client closes. Three clients talk at once.

import (
	"fmt"
	"net"
	"strings"
	"sync"
)

func handleClient(conn net.Conn) {
	defer conn.Close()
	var buf [512]byte
	for {
		n, err := conn.Read(buf[0:])
		if err != nil {
			return
		}
		if _, err := conn.Write(buf[0:n]); err != nil {
			return
		}
	}
}

func client(addr string, id int, wg *sync.WaitGroup) {
	defer wg.Done()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	msg := fmt.Sprintf("client %d says %s", id, strings.Repeat("hi ", id+1))
	if _, err := conn.Write([]byte(msg)); err != nil {
		fmt.Println(err)
		return
	}
	got := make([]byte, 0, len(msg))
	buf := make([]byte, 7)
	for len(got) < len(msg) {
		n, err := conn.Read(buf)
		if err != nil {
			fmt.Println(id, err)
			return
		}
		got = append(got, buf[:n]...)
	}
	fmt.Printf("%d: %q\n", id, got)
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			go handleClient(conn)
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go client(listener.Addr().String(), i, &wg)
	}
	wg.Wait()
	listener.Close()
}

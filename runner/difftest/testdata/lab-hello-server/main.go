// difftest: same
package main

// Project 1 of the socket lessons, in Go: the server accepts one client,
// prints where it came from, sends one greeting and closes; the client
// receives up to 1024 bytes and prints them.

import (
	"fmt"
	"log"
	"net"
	"strings"
)

func main() {
	mySocket, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan bool)
	go func() {
		newSocket, err := mySocket.Accept()
		if err != nil {
			log.Fatal(err)
		}
		addr := newSocket.RemoteAddr()
		fmt.Println("Connected to: " + addr.String()[:strings.LastIndex(addr.String(), ":")])
		msg := "Hello from server\n"
		newSocket.Write([]byte(msg))
		newSocket.Close()
		mySocket.Close()
		done <- true
	}()

	client, err := net.Dial("tcp", mySocket.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	<-done
	buf := make([]byte, 1024)
	n, err := client.Read(buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(buf[:n]))
	client.Close()
}

// difftest: same
package main

// Messages of unknown size: each ends with a NUL byte, and the server
// gathers chunks until it sees one. The client sends each message in
// several small writes; the server stops when a message is "bye".

import (
	"bytes"
	"fmt"
	"net"
	"time"
)

func receive(conn net.Conn) (string, error) {
	var message []byte
	chunk := make([]byte, 4096)
	for {
		n, err := conn.Read(chunk)
		if err != nil {
			return "", err
		}
		message = append(message, chunk[:n]...)
		if bytes.IndexByte(chunk[:n], 0) >= 0 {
			break
		}
	}
	return string(message[:len(message)-1]), nil
}

func main() {
	listenSocket, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	stopped := make(chan bool)
	go func() {
		for {
			clientSocket, err := listenSocket.Accept()
			if err != nil {
				break
			}
			message, err := receive(clientSocket)
			clientSocket.Close()
			if err != nil {
				fmt.Println("receive:", err)
				continue
			}
			fmt.Printf("server got %d bytes: %s\n", len(message), message)
			if message == "bye" {
				break
			}
		}
		listenSocket.Close()
		stopped <- true
	}()

	for _, msg := range []string{"a message in three pieces", "short", "bye"} {
		c, err := net.Dial("tcp", listenSocket.Addr().String())
		if err != nil {
			panic(err)
		}
		data := append([]byte(msg), 0)
		for len(data) > 0 {
			n := min(len(data), 10)
			c.Write(data[:n])
			data = data[n:]
			time.Sleep(5 * time.Millisecond)
		}
		c.Close()
	}
	<-stopped
	fmt.Println("Closing listen socket")
}

// difftest: same
package main

// The notebook's first echo server: it prints each client's message, sends
// "OK", closes, and stops when a client sends "bye". Each client sends one
// message and reads the answer.

import (
	"fmt"
	"net"
)

func main() {
	listenSocket, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println("Server in listen mode ...")
	done := make(chan string)
	go func() {
		for {
			clientSocket, err := listenSocket.Accept()
			if err != nil {
				done <- fmt.Sprint("accept: ", err)
				return
			}
			buf := make([]byte, 4096)
			n, _ := clientSocket.Read(buf)
			message := string(buf[:n])
			fmt.Println("server:", message)
			clientSocket.Write([]byte("OK"))
			clientSocket.Close()
			if message == "bye" {
				break
			}
		}
		listenSocket.Close()
		done <- "Closing listen socket"
	}()

	for _, msg := range []string{"hello", "how are you", "bye"} {
		c, err := net.Dial("tcp", listenSocket.Addr().String())
		if err != nil {
			fmt.Println("dial:", err)
			break
		}
		c.Write([]byte(msg))
		reply := make([]byte, 16)
		n, _ := c.Read(reply)
		fmt.Printf("client sent %q, got %q\n", msg, reply[:n])
		c.Close()
	}
	fmt.Println(<-done)
	_, err = net.Dial("tcp", listenSocket.Addr().String())
	fmt.Println("after bye, dial fails:", err != nil)
}

// difftest: same
// sort: lines
package main

// The multi-threaded echo server of the notebook: an echoThread per client,
// here a struct with a run method started as a goroutine. Each client's
// message ends with a NUL; the thread prints it and closes.

import (
	"bytes"
	"fmt"
	"net"
	"strings"
	"sync"
)

type echoThread struct {
	clientSocket net.Conn
	id           int
	wg           *sync.WaitGroup
}

func (t *echoThread) run() {
	defer t.wg.Done()
	defer t.clientSocket.Close()
	var message []byte
	chunk := make([]byte, 4096)
	for !bytes.Contains(message, []byte{0}) {
		n, err := t.clientSocket.Read(chunk)
		if err != nil {
			fmt.Printf("thread %d: %v\n", t.id, err)
			return
		}
		message = append(message, chunk[:n]...)
	}
	text := strings.TrimSuffix(string(message), "\x00")
	fmt.Printf("a thread echoes %q\n", text)
	t.clientSocket.Write([]byte(strings.ToUpper(text)))
}

func main() {
	listenSocket, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer listenSocket.Close()
	var threads sync.WaitGroup
	go func() {
		for id := 1; ; id++ {
			clientSocket, err := listenSocket.Accept()
			if err != nil {
				return
			}
			threads.Add(1)
			client := &echoThread{clientSocket: clientSocket, id: id, wg: &threads}
			go client.run()
		}
	}()

	var clients sync.WaitGroup
	for _, word := range []string{"alpha", "beta", "gamma", "delta"} {
		clients.Add(1)
		go func() {
			defer clients.Done()
			c, err := net.Dial("tcp", listenSocket.Addr().String())
			if err != nil {
				fmt.Println(err)
				return
			}
			defer c.Close()
			c.Write([]byte(word + "\x00"))
			reply := make([]byte, 64)
			n, _ := c.Read(reply)
			fmt.Printf("client %s got %s\n", word, reply[:n])
		}()
	}
	clients.Wait()
	threads.Wait()
}

// difftest: same
package main

// clock1 and clock2 of chapter 8 of The Go Programming Language: a TCP
// server that writes the time to each client once a tick, each client in
// a goroutine of its own (clock2), until the write fails; netcat1's
// mustCopy reads it. The tick is 20 ms here, not a second, the client
// hangs up after three lines, and what is printed is each line's form (a
// time of day parses with "15:04:05"), not the time itself, which varies.

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"sync"
	"time"
)

func handleConn(c net.Conn, done *sync.WaitGroup) {
	defer done.Done()
	defer c.Close()
	for {
		_, err := io.WriteString(c, time.Now().Format("15:04:05\n"))
		if err != nil {
			return // e.g., client disconnected
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func client(addr string, name string) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(conn)
	for i := 0; i < 3 && sc.Scan(); i++ {
		_, err := time.Parse("15:04:05", sc.Text())
		fmt.Printf("%s: line %d of %d bytes, a time: %t\n", name, i+1, len(sc.Text()), err == nil)
	}
	conn.Close()
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	var served sync.WaitGroup
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				log.Print(err) // e.g., connection aborted
				return
			}
			served.Add(1)
			go handleConn(conn, &served) // handle connections concurrently
		}
	}()
	var clients sync.WaitGroup
	for _, name := range []string{"first", "second"} {
		clients.Add(1)
		go func() {
			defer clients.Done()
			client(listener.Addr().String(), name)
		}()
		clients.Wait() // one at a time, so that the lines come in order
	}
	served.Wait()
	fmt.Println("both handlers ended when their clients hung up")
}

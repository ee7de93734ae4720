// difftest: same
package main

// The daytime service of Network Programming with Go: a server that
// writes the date to each client and closes, and a client that reads
// until the server closes. The date is fixed, so that both runs agree.

import (
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

var now = time.Date(2024, time.March, 9, 14, 5, 0, 0, time.UTC)

func checkError(err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "Fatal error: %s", err.Error())
		os.Exit(1)
	}
}

func serve(listener net.Listener, clients int) {
	for i := 0; i < clients; i++ {
		conn, err := listener.Accept()
		if err != nil {
			continue
		}
		daytime := now.Add(time.Duration(i) * time.Minute).String()
		conn.Write([]byte(daytime))
		conn.Close()
	}
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	checkError(err)
	go serve(listener, 3)

	service := listener.Addr().String()
	tcpAddr, err := net.ResolveTCPAddr("tcp4", service)
	checkError(err)
	for i := 0; i < 3; i++ {
		conn, err := net.DialTCP("tcp", nil, tcpAddr)
		checkError(err)
		result, err := io.ReadAll(conn)
		checkError(err)
		fmt.Println(string(result))
		conn.Close()
	}
	_, err = net.Dial("tcp", "127.0.0.1:bogus")
	fmt.Println(err)
}

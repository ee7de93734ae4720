// difftest: same
package main

// The Kurose-Ross web server lab: a TCP server that parses the request
// line, serves the one file it has (HelloWorld.html) with a 200 and
// anything else with a 404 Not Found. The client is a raw socket too.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
)

var files = map[string]string{
	"/HelloWorld.html": "<html><body><h1>Hello, World!</h1></body></html>\n",
}

func handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	requestLine, err := r.ReadString('\n')
	if err != nil {
		return
	}
	for { // skip the headers
		h, err := r.ReadString('\n')
		if err != nil || h == "\r\n" {
			break
		}
	}
	fields := strings.Fields(requestLine)
	if len(fields) != 3 {
		io.WriteString(conn, "HTTP/1.1 400 Bad Request\r\n\r\n")
		return
	}
	body, ok := files[fields[1]]
	if !ok {
		io.WriteString(conn, "HTTP/1.1 404 Not Found\r\n\r\n<html><body><h1>404 Not Found</h1></body></html>\n")
		return
	}
	fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
}

func get(addr, path string) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", path, addr)
	resp, _ := io.ReadAll(conn)
	fmt.Printf("GET %s:\n%s\n", path, strings.ReplaceAll(string(resp), "\r\n", "\\r\\n\n"))
}

func main() {
	serverSocket, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer serverSocket.Close()
	go func() {
		for {
			conn, err := serverSocket.Accept()
			if err != nil {
				return
			}
			handle(conn)
		}
	}()
	addr := serverSocket.Addr().String()
	get(addr, "/HelloWorld.html")
	get(addr, "/missing.html")
	conn, _ := net.Dial("tcp", addr)
	conn.Write([]byte("nonsense\r\n\r\n"))
	resp, _ := io.ReadAll(conn)
	fmt.Printf("%q\n", resp)
}

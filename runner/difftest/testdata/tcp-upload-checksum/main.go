// difftest: same
package main

// A file upload: the client sends a name line, then the content, then
// half-closes its side; the server stores it, and answers with the size and
// SHA-256 it computed, which the client compares with its own.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"strings"
)

func receive(c net.Conn, store map[string][]byte) {
	defer c.Close()
	r := bufio.NewReader(c)
	name, err := r.ReadString('\n')
	if err != nil {
		fmt.Fprintln(c, "ERR no name")
		return
	}
	h := sha256.New()
	var buf bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&buf, h), r)
	if err != nil {
		fmt.Fprintln(c, "ERR", err)
		return
	}
	store[strings.TrimSpace(name)] = buf.Bytes()
	fmt.Fprintf(c, "OK %d %s\n", n, hex.EncodeToString(h.Sum(nil)))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	store := map[string][]byte{}
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			receive(c, store)
		}
		close(done)
	}()

	content := []byte(strings.Repeat("socket programming in Go\n", 400))
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	fmt.Fprintln(c, "notes.txt")
	c.Write(content)
	c.(*net.TCPConn).CloseWrite()
	reply, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		panic(err)
	}
	fmt.Print("server: ", reply)
	var size int
	var sum string
	fmt.Sscanf(reply, "OK %d %s", &size, &sum)
	local := sha256.Sum256(content)
	fmt.Println("size matches:", size == len(content))
	fmt.Println("checksum matches:", sum == hex.EncodeToString(local[:]))
	<-done
	fmt.Println("stored:", len(store["notes.txt"]), "bytes")
}

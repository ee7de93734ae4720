// difftest: same
package main

// File upload with a binary header (name length, size) read by
// binary.Read, stored in a folder made under the program's own, and a
// lying size that io.CopyN reports as an unexpected EOF.

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
)

type header struct {
	NameLen uint16
	Size    uint64
}

func receive(c net.Conn, dir string) (string, error) {
	defer c.Close()
	r := bufio.NewReader(c)
	var h header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return "", fmt.Errorf("read header: %w", err)
	}
	name := make([]byte, h.NameLen)
	if _, err := io.ReadFull(r, name); err != nil {
		return "", fmt.Errorf("read name: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, filepath.Base(string(name))))
	if err != nil {
		return "", err
	}
	defer f.Close()
	hs := sha256.New()
	n, err := io.CopyN(io.MultiWriter(f, hs), r, int64(h.Size))
	if err != nil {
		return "", fmt.Errorf("copy after %d bytes: %w", n, err)
	}
	sum := hex.EncodeToString(hs.Sum(nil))[:16]
	fmt.Fprintf(c, "OK %d %s\n", n, sum)
	return fmt.Sprintf("stored %s (%d bytes)", name, n), nil
}

func send(addr, name string, data []byte, lie int) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	binary.Write(c, binary.BigEndian, header{uint16(len(name)), uint64(len(data) + lie)})
	io.WriteString(c, name)
	c.Write(data)
	c.(*net.TCPConn).CloseWrite()
	reply, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("client %s: %q %v\n", name, reply, err)
}

func main() {
	dir, err := os.MkdirTemp(".", "uploads-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	results := make(chan string)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			msg, err := receive(c, dir)
			if err != nil {
				msg = "error: " + err.Error()
			}
			results <- msg
		}
	}()
	send(ln.Addr().String(), "notes.txt", []byte(strings.Repeat("hello upload\n", 100)), 0)
	fmt.Println(<-results)
	send(ln.Addr().String(), "short.bin", []byte{1, 2, 3}, 5)
	fmt.Println(<-results)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), info.Size())
	}
	fmt.Println(binary.Size(header{}))
}

// difftest: same
package main

// A file upload over TCP: the client sends a header line "name size",
// then the bytes, then the SHA-256 it computed; the server copies exactly
// size bytes with io.CopyN into a buffer and a hash at once
// (io.MultiWriter), checks the sum, and answers OK or BAD. A last upload
// claims more bytes than it sends and half-closes: CopyN ends in io.EOF.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	var name string
	var size int64
	if _, err := fmt.Fscanf(r, "%s %d\n", &name, &size); err != nil {
		fmt.Println("header:", err)
		return
	}
	var body bytes.Buffer
	h := sha256.New()
	n, err := io.CopyN(io.MultiWriter(&body, h), r, size)
	if err != nil {
		fmt.Printf("%s: got %d of %d bytes: %v (EOF: %v)\n", name, n, size, err, errors.Is(err, io.EOF))
		fmt.Fprintln(c, "SHORT")
		return
	}
	sum := make([]byte, sha256.Size)
	if _, err := io.ReadFull(r, sum); err != nil {
		fmt.Println("sum:", err)
		return
	}
	ok := bytes.Equal(sum, h.Sum(nil))
	fmt.Printf("%s: %d bytes, first line %q, sum ok %v\n", name, n, strings.SplitN(body.String(), "\n", 2)[0], ok)
	if ok {
		fmt.Fprintln(c, "OK", hex.EncodeToString(sum[:4]))
	} else {
		fmt.Fprintln(c, "BAD")
	}
}

func upload(addr, name string, data []byte, claim int64, corrupt bool) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "%s %d\n", name, claim)
	sum := sha256.Sum256(data)
	if corrupt {
		sum[0] ^= 0xff
	}
	io.Copy(c, bytes.NewReader(data))
	if claim == int64(len(data)) {
		c.Write(sum[:])
	}
	c.(*net.TCPConn).CloseWrite()
	reply, _ := io.ReadAll(io.LimitReader(c, 64))
	fmt.Printf("client %s: %s", name, reply)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			serve(c)
		}
	}()
	text := []byte(strings.Repeat("the quick brown fox\n", 200))
	upload(ln.Addr().String(), "fox.txt", text, int64(len(text)), false)
	upload(ln.Addr().String(), "bad.txt", text[:100], 100, true)
	upload(ln.Addr().String(), "short.bin", text[:10], 50, false)
}

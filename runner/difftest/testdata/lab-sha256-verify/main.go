// difftest: same
package main

// Verifying a download: the server sends a file's SHA-256 as a hex line,
// then the file; the client hashes what it reads with io.TeeReader and
// compares. A second download is corrupted on the way, and the check
// fails.

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"strings"
)

var file = strings.Repeat("The quick brown fox jumps over the lazy dog.\n", 50)

func serve(ln net.Listener) {
	for corrupt := false; ; corrupt = true {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		sum := sha256.Sum256([]byte(file))
		fmt.Fprintln(c, hex.EncodeToString(sum[:]))
		data := []byte(file)
		if corrupt {
			data[100] ^= 0x20
		}
		c.Write(data)
		c.Close()
	}
}

func download(addr string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	r := bufio.NewReader(c)
	want, _ := r.ReadString('\n')
	h := sha256.New()
	n, err := io.Copy(io.Discard, io.TeeReader(r, h))
	got := hex.EncodeToString(h.Sum(nil))
	fmt.Printf("%d bytes, err=%v, sha256 %s...\n", n, err, got[:16])
	if got == strings.TrimSpace(want) {
		fmt.Println("checksum OK")
	} else {
		fmt.Printf("checksum MISMATCH: want %s...\n", want[:16])
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go serve(ln)
	download(ln.Addr().String())
	download(ln.Addr().String())
}

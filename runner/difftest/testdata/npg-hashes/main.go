// difftest: same
package main

// Message digests as Network Programming with Go computes them, to check
// what arrived over a connection: MD5, SHA-1 and SHA-256 of the same
// bytes, an HMAC keyed by a shared secret, and a digest written to in
// pieces as a stream arrives.

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"net"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("md5    %x\n", md5.Sum(data))
	fmt.Printf("sha1   %x\n", sha1.Sum(data))
	fmt.Printf("sha256 %x\n", sha256.Sum256(data))

	mac := hmac.New(sha256.New, []byte("secret"))
	mac.Write(data)
	sum := mac.Sum(nil)
	fmt.Printf("hmac   %x\n", sum)
	check := hmac.New(sha256.New, []byte("secret"))
	check.Write(data)
	fmt.Println("equal:", hmac.Equal(sum, check.Sum(nil)))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		for i := 0; i < 5; i++ {
			c.Write(data)
		}
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	var h hash.Hash = sha256.New()
	n, err := io.Copy(h, c)
	fmt.Printf("received %d bytes, err %v, sha256 %x, size %d, block %d\n", n, err, h.Sum(nil), h.Size(), h.BlockSize())
}

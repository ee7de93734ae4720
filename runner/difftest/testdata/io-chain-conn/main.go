// difftest: same
package main

// The io package's plumbing on a connection: io.CopyN for a fixed-size
// header, io.LimitReader for a body of known length, io.TeeReader to hash
// what passes, io.MultiWriter to write to two places, and an io.SectionReader
// over what arrived.

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"io"
	"net"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		var log bytes.Buffer
		w := io.MultiWriter(c, &log)
		io.WriteString(w, "HDR:0026")
		io.Copy(w, strings.NewReader("the body of exactly 26 b.\nand then some trailing bytes"))
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()

	var header bytes.Buffer
	n, err := io.CopyN(&header, c, 8)
	fmt.Println(n, err, header.String())
	var size int
	fmt.Sscanf(header.String(), "HDR:%04d", &size)

	h := md5.New()
	body, err := io.ReadAll(io.TeeReader(io.LimitReader(c, int64(size)), h))
	fmt.Printf("%q %v %x\n", body, err, h.Sum(nil))

	rest, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", rest, err)

	sr := io.NewSectionReader(bytes.NewReader(rest), 4, 8)
	part := make([]byte, 16)
	k, err := sr.ReadAt(part, 2)
	fmt.Printf("%q %v size=%d\n", part[:k], err, sr.Size())
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err)
	_, err = io.CopyN(io.Discard, strings.NewReader("abc"), 10)
	fmt.Println(err)
}

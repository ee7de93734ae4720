// difftest: same
package main

// Length-prefixed framing: each message goes as a 4-byte big-endian length
// and its bytes, so the reader knows where one ends (Newmarch, chapter 4).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
)

func writeFrame(w io.Writer, msg []byte) error {
	if err := binary.Write(w, binary.BigEndian, uint32(len(msg))); err != nil {
		return err
	}
	_, err := w.Write(msg)
	return err
}

func readFrame(r io.Reader) ([]byte, error) {
	var n uint32
	if err := binary.Read(r, binary.BigEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<16 {
		return nil, fmt.Errorf("frame of %d bytes is too long", n)
	}
	buf := make([]byte, n)
	_, err := io.ReadFull(r, buf)
	return buf, err
}

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
		for _, m := range []string{"hello", "", "a longer message with spaces", "bye"} {
			writeFrame(c, []byte(m))
		}
		c.Write([]byte{0, 0, 0, 9, 'c', 'u', 't'}) // announces 9 bytes, sends 3
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	for {
		msg, err := readFrame(c)
		if errors.Is(err, io.EOF) {
			fmt.Println("end of stream")
			break
		}
		if err != nil {
			fmt.Printf("error: %v (unexpected EOF: %t)\n", err, err == io.ErrUnexpectedEOF)
			break
		}
		fmt.Printf("%d bytes: %q\n", len(msg), msg)
	}
}

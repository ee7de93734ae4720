// difftest: same
package main

// Varint framing, as protocol buffers' delimited streams do it: each
// message is preceded by its length as an unsigned varint, written with
// binary.AppendUvarint and read back with binary.ReadUvarint from a
// bufio.Reader on the connection.

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

func writeMsg(w io.Writer, msg string) error {
	buf := binary.AppendUvarint(nil, uint64(len(msg)))
	buf = append(buf, msg...)
	_, err := w.Write(buf)
	return err
}

func readMsg(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return "", err
	}
	return string(buf), nil
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
		for _, m := range []string{"a", strings.Repeat("x", 127), strings.Repeat("y", 128), strings.Repeat("z", 300)} {
			writeMsg(c, m)
		}
		c.Write([]byte{0xff, 0xff})
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		m, err := readMsg(r)
		if err != nil {
			fmt.Println("stop:", err, errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
		fmt.Println(len(m), m[:1])
	}
	for _, v := range []uint64{0, 1, 127, 128, 300, 1 << 32} {
		b := binary.AppendUvarint(nil, v)
		got, n := binary.Uvarint(b)
		fmt.Printf("%d -> % x -> %d (%d bytes)\n", v, b, got, n)
	}
	fmt.Println(binary.PutVarint(make([]byte, binary.MaxVarintLen64), -65))
}

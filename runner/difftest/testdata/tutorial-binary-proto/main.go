// difftest: same
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
)

type Op uint8

const (
	OpPut Op = iota + 1
	OpGet
)

func (o Op) String() string {
	return [...]string{"?", "PUT", "GET"}[o]
}

type Header struct {
	Magic   [2]byte
	Version uint8
	Op      Op
	Seq     uint32
	Length  uint16
	_       [2]byte
}

func writeMsg(w io.Writer, h Header, body []byte) error {
	h.Length = uint16(len(body))
	if err := binary.Write(w, binary.BigEndian, h); err != nil {
		return err
	}
	_, err := w.Write(body)
	return err
}

func readMsg(r io.Reader) (Header, []byte, error) {
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, err
	}
	if h.Magic != [2]byte{'S', 'L'} {
		return h, nil, fmt.Errorf("bad magic %q", h.Magic[:])
	}
	body := make([]byte, h.Length)
	_, err := io.ReadFull(r, body)
	return h, body, err
}

func main() {
	fmt.Println("header size", binary.Size(Header{}))
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		for {
			h, body, err := readMsg(c)
			if err != nil {
				fmt.Println("server:", err, errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF))
				return
			}
			fmt.Printf("server: %v seq=%d %q\n", h.Op, h.Seq, body)
			h.Seq += 100
			writeMsg(c, h, bytes.ToUpper(body))
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	for i, word := range []string{"alpha", "be", ""} {
		writeMsg(c, Header{Magic: [2]byte{'S', 'L'}, Version: 1, Op: Op(i%2 + 1), Seq: uint32(i)}, []byte(word))
		h, body, err := readMsg(c)
		fmt.Printf("client: %+v %q %v\n", h, body, err)
	}
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, Header{Magic: [2]byte{'S', 'L'}, Op: OpGet, Seq: 0x01020304})
	fmt.Printf("% x\n", buf.Bytes())
	b := binary.BigEndian.AppendUint16(nil, 0xBEEF)
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -3)
	fmt.Printf("%x\n", b)
	v, n := binary.Uvarint(b[2:])
	fmt.Println(v, n)
	c.Write([]byte{'S', 'L', 1})
	c.(*net.TCPConn).CloseWrite()
	io.Copy(io.Discard, c)
	c.Close()
	ln.Close()
}

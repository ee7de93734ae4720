// difftest: same
package main

// Frames with a fixed binary header (magic, type, length) written with
// binary.Write of a struct and read back with binary.Read, then the
// payload with io.ReadFull; a frame cut short ends in io.ErrUnexpectedEOF
// and a clean end in io.EOF.

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
)

type Header struct {
	Magic [2]byte
	Type  uint8
	Flags uint8
	Len   uint32
}

const (
	TypeText uint8 = iota + 1
	TypeNum
)

func send(w io.Writer, typ uint8, payload []byte) error {
	h := Header{Magic: [2]byte{'S', 'L'}, Type: typ, Len: uint32(len(payload))}
	if err := binary.Write(w, binary.BigEndian, h); err != nil {
		return err
	}
	_, err := w.Write(payload)
	return err
}

func main() {
	fmt.Println("header size:", binary.Size(Header{}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		r := bufio.NewReader(c)
		for {
			var h Header
			if err := binary.Read(r, binary.BigEndian, &h); err != nil {
				fmt.Println("header:", err, errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF))
				return
			}
			body := make([]byte, h.Len)
			if _, err := io.ReadFull(r, body); err != nil {
				fmt.Printf("frame %+v cut short: %v %v\n", h, err, errors.Is(err, io.ErrUnexpectedEOF))
				return
			}
			switch h.Type {
			case TypeText:
				fmt.Printf("text %q magic=%s\n", body, h.Magic[:])
			case TypeNum:
				fmt.Println("num", binary.BigEndian.Uint64(body))
			default:
				fmt.Printf("unknown %+v\n", h)
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	send(c, TypeText, []byte("hello"))
	send(c, TypeNum, binary.BigEndian.AppendUint64(nil, 1<<40+3))
	send(c, 9, nil)
	binary.Write(c, binary.BigEndian, Header{Magic: [2]byte{'S', 'L'}, Type: TypeText, Len: 10})
	c.Write([]byte("abc"))
	c.Close()
	<-done
}

// difftest: same
package main

// Framing with encoding/binary and a fixed header struct: a message type
// (a small enum with a String method), a sequence number and the payload's
// length, read and written with binary.Read and binary.Write in one go.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
)

type MsgType uint8

const (
	Hello MsgType = iota + 1
	Data
	Goodbye
)

func (t MsgType) String() string {
	switch t {
	case Hello:
		return "HELLO"
	case Data:
		return "DATA"
	case Goodbye:
		return "GOODBYE"
	}
	return fmt.Sprintf("MsgType(%d)", uint8(t))
}

type Header struct {
	Type   MsgType
	_      uint8
	Seq    uint16
	Length uint32
}

type Message struct {
	Header
	Payload []byte
}

var ErrTooBig = errors.New("payload too big")

func writeMsg(w io.Writer, m Message) error {
	m.Length = uint32(len(m.Payload))
	if err := binary.Write(w, binary.BigEndian, m.Header); err != nil {
		return err
	}
	_, err := w.Write(m.Payload)
	return err
}

func readMsg(r io.Reader) (Message, error) {
	var m Message
	if err := binary.Read(r, binary.BigEndian, &m.Header); err != nil {
		return m, err
	}
	if m.Length > 1024 {
		return m, fmt.Errorf("message %d: %w (%d bytes)", m.Seq, ErrTooBig, m.Length)
	}
	m.Payload = make([]byte, m.Length)
	_, err := io.ReadFull(r, m.Payload)
	return m, err
}

func main() {
	fmt.Println("header size:", binary.Size(Header{}))
	var buf bytes.Buffer
	writeMsg(&buf, Message{Header: Header{Type: Data, Seq: 258}, Payload: []byte("hi")})
	fmt.Printf("% x\n", buf.Bytes())

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
		msgs := []Message{
			{Header: Header{Type: Hello, Seq: 1}, Payload: []byte("lab")},
			{Header: Header{Type: Data, Seq: 2}, Payload: bytes.Repeat([]byte("ab"), 5)},
			{Header: Header{Type: 9, Seq: 3}},
			{Header: Header{Type: Data, Seq: 4}, Payload: make([]byte, 2000)},
			{Header: Header{Type: Goodbye, Seq: 5}},
		}
		for _, m := range msgs {
			writeMsg(c, m)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	for {
		m, err := readMsg(c)
		if errors.Is(err, ErrTooBig) {
			fmt.Println("error:", err)
			io.CopyN(io.Discard, c, int64(m.Length))
			continue
		}
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%v seq=%d len=%d %q\n", m.Type, m.Seq, m.Length, m.Payload)
		fmt.Printf("%+v\n", m.Header)
		if m.Type == Goodbye {
			break
		}
	}
}

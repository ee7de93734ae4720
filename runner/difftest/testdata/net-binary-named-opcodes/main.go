// difftest: same
package main

// A TFTP-like header of a named uint8 opcode with a String method, read
// and written with encoding/binary in a struct embedded in a packet.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net"
)

type Opcode uint8

const (
	OpRead Opcode = iota + 1
	OpWrite
	OpAck
)

func (o Opcode) String() string {
	switch o {
	case OpRead:
		return "RRQ"
	case OpWrite:
		return "WRQ"
	case OpAck:
		return "ACK"
	}
	return fmt.Sprintf("Opcode(%d)", uint8(o))
}

type Header struct {
	Op    Opcode
	Flags uint8
	Block uint16
	Size  uint32
}

func (h Header) String() string {
	return fmt.Sprintf("%v#%d(%d bytes, flags %08b)", h.Op, h.Block, h.Size, h.Flags)
}

type Packet struct {
	Header
	Data []byte
}

func (p *Packet) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	p.Size = uint32(len(p.Data))
	if err := binary.Write(&buf, binary.BigEndian, p.Header); err != nil {
		return nil, err
	}
	buf.Write(p.Data)
	return buf.Bytes(), nil
}

func readPacket(r io.Reader) (*Packet, error) {
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return nil, err
	}
	p.Data = make([]byte, p.Size)
	_, err := io.ReadFull(r, p.Data)
	return &p, err
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		for {
			p, err := readPacket(c)
			if err != nil {
				fmt.Println("server:", err)
				return
			}
			fmt.Printf("server got %v %q\n", p.Header, p.Data)
			ack := &Packet{Header: Header{Op: OpAck, Block: p.Block}}
			b, _ := ack.MarshalBinary()
			c.Write(b)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	for i, op := range []Opcode{OpRead, OpWrite, 9} {
		p := &Packet{Header{Op: op, Flags: 5, Block: uint16(i + 1)}, []byte(fmt.Sprint("block ", i))}
		b, err := p.MarshalBinary()
		if err != nil {
			fmt.Println(err)
			continue
		}
		c.Write(b)
		ack, err := readPacket(c)
		fmt.Println("client got", ack, err, ack.Op == OpAck)
	}
	fmt.Println(binary.Size(Header{}), binary.Size(OpAck))
	c.Close()
	<-done
	var op Opcode
	binary.Read(bytes.NewReader([]byte{2}), binary.BigEndian, &op)
	fmt.Println(op, []Opcode{1, 3})
	fmt.Printf("%v %d %x %s\n", op, op, op, Header{Op: 3, Size: 7})
}

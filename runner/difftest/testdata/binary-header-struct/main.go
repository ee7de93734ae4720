// difftest: same
package main

// A binary protocol header read and written as a struct with
// encoding/binary: fixed-size fields in network byte order, the header's
// size from binary.Size, and a payload whose length the header gives.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"net"
)

type Header struct {
	Magic   [2]byte
	Version uint8
	Kind    uint8
	Seq     uint32
	Length  uint16
	CRC     uint32
}

func send(w io.Writer, kind uint8, seq uint32, payload []byte) error {
	h := Header{Magic: [2]byte{'S', 'L'}, Version: 1, Kind: kind, Seq: seq, Length: uint16(len(payload)), CRC: crc32.ChecksumIEEE(payload)}
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, h)
	buf.Write(payload)
	_, err := w.Write(buf.Bytes())
	return err
}

func main() {
	fmt.Println("header size:", binary.Size(Header{}))
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
		send(c, 1, 100, []byte("hello"))
		send(c, 2, 101, []byte{0xde, 0xad, 0xbe, 0xef})
		send(c, 3, 102, nil)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	for {
		var h Header
		err := binary.Read(c, binary.BigEndian, &h)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read header:", err)
			return
		}
		payload := make([]byte, h.Length)
		if _, err := io.ReadFull(c, payload); err != nil {
			fmt.Println("read payload:", err)
			return
		}
		fmt.Printf("%s v%d kind=%d seq=%d len=%d crc ok=%v payload=% x\n",
			h.Magic[:], h.Version, h.Kind, h.Seq, h.Length, crc32.ChecksumIEEE(payload) == h.CRC, payload)
		fmt.Printf("%+v\n", h)
	}
	b := binary.BigEndian.AppendUint16(nil, 0x1234)
	b = binary.LittleEndian.AppendUint32(b, 0x1234)
	fmt.Printf("% x %d %d\n", b, binary.BigEndian.Uint16(b), binary.LittleEndian.Uint32(b[2:]))
	err = binary.Write(io.Discard, binary.BigEndian, struct{ S string }{"no"})
	fmt.Println(err)
}

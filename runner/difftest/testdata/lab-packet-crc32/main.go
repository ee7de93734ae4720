// difftest: same

package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"net"
)

type Header struct {
	Magic   [4]byte
	Version uint8
	Flags   uint8
	Length  uint16
	Seq     uint32
}

type Packet struct {
	Header
	Body []byte
	CRC  uint32
}

func (p *Packet) Encode(w io.Writer) error {
	p.Length = uint16(len(p.Body))
	if err := binary.Write(w, binary.BigEndian, p.Header); err != nil {
		return err
	}
	if _, err := w.Write(p.Body); err != nil {
		return err
	}
	return binary.Write(w, binary.BigEndian, crc32.ChecksumIEEE(p.Body))
}

func Decode(r io.Reader) (*Packet, error) {
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if string(p.Magic[:]) != "SOCK" {
		return nil, fmt.Errorf("bad magic %q", p.Magic[:])
	}
	p.Body = make([]byte, p.Length)
	if _, err := io.ReadFull(r, p.Body); err != nil {
		return nil, fmt.Errorf("body: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &p.CRC); err != nil {
		return nil, fmt.Errorf("crc: %w", err)
	}
	if got := crc32.ChecksumIEEE(p.Body); got != p.CRC {
		return &p, fmt.Errorf("crc mismatch %08x != %08x", got, p.CRC)
	}
	return &p, nil
}

func main() {
	a, b := net.Pipe()
	go func() {
		defer a.Close()
		for i, body := range []string{"hello", "", "world!"} {
			p := &Packet{Header: Header{Magic: [4]byte{'S', 'O', 'C', 'K'}, Version: 1, Flags: uint8(i), Seq: uint32(100 + i)}, Body: []byte(body)}
			p.Encode(a)
		}
		var buf bytes.Buffer
		(&Packet{Header: Header{Magic: [4]byte{'S', 'O', 'C', 'K'}}, Body: []byte("tamper")}).Encode(&buf)
		raw := buf.Bytes()
		raw[len(raw)-6] ^= 0xff
		a.Write(raw)
		a.Write([]byte("JUNKJUNKJUNK"))
	}()
	for {
		p, err := Decode(b)
		if err != nil {
			fmt.Println("error:", err)
			if p == nil {
				break
			}
			continue
		}
		fmt.Printf("%s v%d flags=%d seq=%d len=%d body=%q crc=%08x\n", p.Magic[:], p.Version, p.Flags, p.Seq, p.Length, p.Body, p.CRC)
	}
	fmt.Println(binary.Size(Header{}))
}

// difftest: same
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net"
)

type Flags uint8

const (
	FlagSYN Flags = 1 << iota
	FlagACK
	FlagFIN
)

func (f Flags) String() string {
	s := ""
	for i, n := range []string{"SYN", "ACK", "FIN"} {
		if f&(1<<i) != 0 {
			s += n + "|"
		}
	}
	if s == "" {
		return "-"
	}
	return s[:len(s)-1]
}

type Port uint16

type Segment struct {
	Src, Dst Port
	Seq      uint32
	Flags    Flags
	Window   [3]uint8
	Sum      int16
}

func main() {
	segs := []Segment{
		{Src: 1000, Dst: 80, Seq: 1, Flags: FlagSYN, Window: [3]uint8{1, 2, 3}, Sum: -2},
		{Src: 80, Dst: 1000, Seq: 99, Flags: FlagSYN | FlagACK},
	}
	var order binary.ByteOrder = binary.BigEndian
	a, b := net.Pipe()
	go func() {
		binary.Write(a, order, uint16(len(segs)))
		binary.Write(a, order, segs)
		binary.Write(a, order, []Port{1, 2, 3})
		a.Close()
	}()
	var count uint16
	binary.Read(b, order, &count)
	got := make([]Segment, count)
	err := binary.Read(b, order, got)
	fmt.Println(count, err)
	for _, s := range got {
		fmt.Printf("%+v %v %d\n", s, s.Flags, s.Flags)
	}
	ports := make([]Port, 3)
	fmt.Println(binary.Read(b, order, &ports), ports)
	var extra Port
	err = binary.Read(b, order, &extra)
	fmt.Println(err, err == io.EOF)
	buf := make([]byte, binary.Size(Segment{}))
	n, err := binary.Encode(buf, binary.LittleEndian, segs[0])
	fmt.Println(n, err, buf)
	var back Segment
	n, err = binary.Decode(buf, binary.LittleEndian, &back)
	fmt.Println(n, err, back == segs[0])
	out, err := binary.Append([]byte{0xff}, binary.BigEndian, Flags(5))
	fmt.Println(out, err)
	_, err = binary.Encode(make([]byte, 2), binary.BigEndian, segs[0])
	fmt.Println(err)
	var bb bytes.Buffer
	fmt.Println(binary.Write(&bb, binary.BigEndian, FlagFIN), bb.Bytes(), order.String(), fmt.Sprint(binary.LittleEndian))
	fmt.Println(binary.BigEndian.Uint32([]byte{0, 0, 1, 0}), binary.LittleEndian.Uint16([]byte{1, 2}))
}

// difftest: same
package main

// encoding/binary's examples: Write of a float and of a struct in little
// endian, Read back, ByteOrder's PutUint16 and Uint32, PutUvarint and
// PutVarint with their lengths, Uvarint and ReadUvarint, AppendUint64,
// and Size.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
	Ratio   float32
}

func main() {
	buf := new(bytes.Buffer)
	var pi float64 = math.Pi
	err := binary.Write(buf, binary.LittleEndian, pi)
	if err != nil {
		fmt.Println("binary.Write failed:", err)
	}
	fmt.Printf("% x\n", buf.Bytes())

	buf.Reset()
	var data = []any{uint16(61374), int8(-54), uint8(254)}
	for _, v := range data {
		binary.Write(buf, binary.LittleEndian, v)
	}
	fmt.Printf("%x\n", buf.Bytes())

	var x float64
	b := []byte{0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40}
	binary.Read(bytes.NewReader(b), binary.LittleEndian, &x)
	fmt.Println(x)

	h := Header{Magic: [4]byte{'S', 'O', 'C', 'K'}, Version: 2, Flags: 0x8001, Length: 1024, Ratio: 0.75}
	var hb bytes.Buffer
	binary.Write(&hb, binary.BigEndian, h)
	fmt.Printf("%d % x\n", hb.Len(), hb.Bytes())
	var back Header
	err = binary.Read(&hb, binary.BigEndian, &back)
	fmt.Printf("%v %+v %s\n", err, back, back.Magic[:])
	fmt.Println(binary.Size(h), binary.Size(back.Ratio))

	two := make([]byte, 4)
	binary.BigEndian.PutUint16(two, 0x03e8)
	binary.LittleEndian.PutUint16(two[2:], 0x07d0)
	fmt.Printf("% x %d %d\n", two, binary.BigEndian.Uint32(two), binary.LittleEndian.Uint16(two))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{1, 2, 127, 128, 255, 256} {
		n := binary.PutUvarint(vb, x)
		fmt.Printf("%x ", vb[:n])
	}
	fmt.Println()
	for _, x := range []int64{-65, -64, -2, -1, 0, 1, 2, 63, 64} {
		n := binary.PutVarint(vb, x)
		fmt.Printf("%x ", vb[:n])
	}
	fmt.Println()
	inputs := [][]byte{{0x01}, {0x7f}, {0x80, 0x01}, {0xff, 0x01}, {0x80, 0x02}, {0x80}}
	for _, in := range inputs {
		x, n := binary.Uvarint(in)
		fmt.Print(x, ":", n, " ")
	}
	fmt.Println()
	r := bytes.NewReader([]byte{0xac, 0x02, 0x05})
	v1, err1 := binary.ReadUvarint(r)
	v2, err2 := binary.ReadUvarint(r)
	_, err3 := binary.ReadUvarint(r)
	fmt.Println(v1, err1, v2, err2, err3)
	fmt.Printf("% x\n", binary.BigEndian.AppendUint64([]byte("id:"), 42))
	fmt.Println(binary.Write(&hb, binary.BigEndian, struct{ N int }{1}))
}

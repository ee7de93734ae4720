// difftest: same

// A packet header written and read with encoding/binary, byte orders' Put
// and Uint, varints, a short read's io.ErrUnexpectedEOF.

package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Header struct {
	Magic   uint16
	Version uint8
	Flags   uint8
	Length  uint32
}

func main() {
	var buf bytes.Buffer
	h := Header{0xCAFE, 1, 3, 42}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("% x %d\n", buf.Bytes(), binary.Size(h))
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %#v\n", back, back)
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0x01020304)
	binary.BigEndian.PutUint16(b[4:], 0xABCD)
	fmt.Println(b, binary.LittleEndian.Uint32(b), binary.BigEndian.Uint16(b[4:]))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	vb = binary.AppendVarint(nil, -3)
	sv, _ := binary.Varint(vb)
	fmt.Println(vb, sv)
	var x uint32
	err := binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &x)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	out := binary.BigEndian.AppendUint64(nil, 1<<40)
	fmt.Println(out)
}

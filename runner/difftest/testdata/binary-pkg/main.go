// difftest: same
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type Header struct {
	Magic   uint16
	Version uint8
	Flags   uint8
	Length  uint32
}

func main() {
	var buf bytes.Buffer
	h := Header{0xCAFE, 1, 2, 1024}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Println(back.Magic == 0xCAFE, back.Version, back.Flags, back.Length)
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0x01020304)
	binary.BigEndian.PutUint16(b[4:], 0xABCD)
	fmt.Println(b, binary.BigEndian.Uint32(b))
	v := make([]byte, binary.MaxVarintLen64)
	n := binary.PutUvarint(v, 300)
	x, m := binary.Uvarint(v[:n])
	fmt.Println(n, x, m)
	fmt.Println(binary.Size(h))
	fmt.Println(hex.Dump([]byte("hi there")))
}

// difftest: same
package main

// encoding/binary Write and Read of a fixed-size struct in both byte orders,
// varints and uvarints appended and read back, a crc32 (IEEE and Castagnoli)
// of the frame, hex.Dump and base64 of it, and binary.Size.

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Length  int32
	Seq     uint64
}

func main() {
	h := Header{Magic: [4]byte{'S', 'K', 'L', 'B'}, Version: 3, Flags: 0x81, Length: -42, Seq: 1 << 40}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Println("size", binary.Size(h), "written", buf.Len())
	fmt.Print(hex.Dump(buf.Bytes()))

	var back Header
	err := binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%v %+v equal=%v\n", err, back, back == h)
	var le Header
	_ = binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &le)
	fmt.Printf("little: v=%d len=%d seq=%d\n", le.Version, le.Length, le.Seq)

	err = binary.Read(bytes.NewReader(buf.Bytes()[:10]), binary.BigEndian, &back)
	fmt.Println("short:", err, err == io.ErrUnexpectedEOF)

	var frame []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -100000, 1 << 50} {
		frame = binary.AppendVarint(frame, v)
	}
	frame = binary.AppendUvarint(frame, 1<<63)
	fmt.Println(hex.EncodeToString(frame))
	r := bytes.NewReader(frame)
	for range 8 {
		v, err := binary.ReadVarint(r)
		fmt.Print(v, " ", err, "; ")
	}
	u, err := binary.ReadUvarint(r)
	fmt.Println(u, err)
	_, err = binary.ReadUvarint(r)
	fmt.Println("end:", err)
	n, k := binary.Uvarint([]byte{0xff, 0xff})
	fmt.Println("truncated uvarint", n, k)

	fmt.Printf("crc32 ieee %08x castagnoli %08x\n", crc32.ChecksumIEEE(buf.Bytes()), crc32.Checksum(buf.Bytes(), crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(base64.StdEncoding.EncodeToString(buf.Bytes()))
	fmt.Println(base64.RawURLEncoding.EncodeToString(frame))
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println(err)
	_, err = hex.DecodeString("abz")
	fmt.Println(err)
}

// difftest: same

package main

// An io.SectionReader's ReadAt and Seek from its end, and
// encoding/binary's Write, Read and Size of a header struct, its Append
// functions and a short read.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

type header struct {
	Magic   [4]byte
	Version uint16
	Length  uint32
}

func main() {
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	b := make([]byte, 3)
	n, err := sr.ReadAt(b, 6)
	fmt.Println(n, err, string(b[:n]), sr.Size())
	pos, _ := sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, string(rest))
	var buf bytes.Buffer
	h := header{[4]byte{'S', 'L', 'A', 'B'}, 2, 1234}
	binary.Write(&buf, binary.BigEndian, h)
	fmt.Printf("% x\n", buf.Bytes())
	var back header
	err = binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%v %+v %d\n", err, back, binary.Size(back))
	out := binary.LittleEndian.AppendUint32(nil, 0xdeadbeef)
	out = binary.AppendUvarint(out, 300)
	fmt.Printf("%x\n", out)
	v, k := binary.Uvarint(out[4:])
	fmt.Println(v, k)
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &back)
	fmt.Println(err)
}

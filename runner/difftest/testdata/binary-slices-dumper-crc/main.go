// difftest: same
package main

// encoding/binary of a slice of nested structs (Write, Read into a slice,
// Size), its errors for a slice field and a plain int, Append and Decode,
// hex.Dumper, a streaming base64 encoder, a Koopman crc32 of stdin read with
// io.ReadAll, and a tabwriter with StripEscape and DiscardEmptyColumns.

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"text/tabwriter"
)

type Point struct {
	X, Y int16
	Tag  [3]byte
}

type Rec struct {
	ID   uint32
	Pts  [2]Point
	Temp float32
	OK   bool
}

func main() {
	recs := []Rec{{1, [2]Point{{1, -1, [3]byte{'a'}}, {2, 3, [3]byte{'b', 'c'}}}, 36.6, true}, {ID: 2, Temp: -1.25}}
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, recs)
	fmt.Println(err, buf.Len(), binary.Size(recs), binary.Size(Rec{}))
	dump := hex.Dumper(os.Stdout)
	dump.Write(buf.Bytes()[:20])
	dump.Close()
	back := make([]Rec, 2)
	err = binary.Read(&buf, binary.LittleEndian, back)
	fmt.Printf("%v %+v\n", err, back)
	err = binary.Write(io.Discard, binary.BigEndian, struct{ S []int }{})
	fmt.Println(err)
	err = binary.Write(io.Discard, binary.BigEndian, 3)
	fmt.Println(err)
	b := binary.BigEndian.AppendUint32(nil, 0xdeadbeef)
	b = binary.LittleEndian.AppendUint16(b, 0x1234)
	fmt.Println(hex.EncodeToString(b), binary.BigEndian.Uint16(b[4:]), binary.BigEndian.String())
	enc := base64.NewEncoder(base64.URLEncoding, os.Stdout)
	enc.Write([]byte{0xfb, 0xff, 0xfe, 1})
	enc.Close()
	fmt.Println()
	data, _ := io.ReadAll(os.Stdin)
	tab := crc32.MakeTable(crc32.Koopman)
	h := crc32.New(tab)
	h.Write(data)
	fmt.Printf("%d bytes crc %08x %x\n", len(data), h.Sum32(), h.Sum([]byte{0xaa}))
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(tw, "a\t\xffb\tc\xff\td")
	fmt.Fprintln(tw, "long cell\t\tx\ty")
	fmt.Fprintln(tw, "\t\t\t")
	tw.Flush()
	n, err := binary.Decode([]byte{1, 2}, binary.BigEndian, new(uint32))
	fmt.Println(n, err)
	out, err := binary.Append(nil, binary.LittleEndian, Point{5, 6, [3]byte{'z'}})
	fmt.Println(out, err)
}

// difftest: same
package main

// The errors of encoding/binary name the type of the value they cannot
// handle: a struct with an int field (not of a fixed size), a slice of
// it, a type declared on int, a pointer to a struct with a slice, through
// Write, Read, Append, Encode, Decode and Size; the errors of the reader
// itself (io.ErrUnexpectedEOF) stay comparable.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Pair struct {
	A, B int
}

type Kind int

type Msg struct {
	Kind  uint8
	Items []uint16
}

type Fixed struct {
	ID  uint32
	Val float64
}

func main() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, Pair{1, 2}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, []Pair{{1, 2}}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Kind(3)))
	var m Msg
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.BigEndian, &m))
	_, err := binary.Append(nil, binary.BigEndian, map[string]Kind{})
	fmt.Println(err)
	_, err = binary.Encode(make([]byte, 8), binary.BigEndian, &Pair{})
	fmt.Println(err)
	_, err = binary.Decode([]byte{1}, binary.BigEndian, &m)
	fmt.Println(err)
	fmt.Println(binary.Size(Pair{}), binary.Size(Fixed{}), binary.Size([]Fixed{{}, {}}))

	var f Fixed
	err = binary.Read(bytes.NewReader([]byte{0, 0, 0, 7}), binary.BigEndian, &f)
	fmt.Println(err, err == io.ErrUnexpectedEOF, errors.Is(err, io.ErrUnexpectedEOF))
	err = binary.Read(bytes.NewReader(nil), binary.BigEndian, &f)
	fmt.Println(err, err == io.EOF)
	n, err := binary.Encode(make([]byte, 4), binary.BigEndian, f)
	fmt.Println(n, err)
	out, err := binary.Append([]byte{0xff}, binary.LittleEndian, Fixed{ID: 9, Val: 0.5})
	fmt.Println(out, err)
	fmt.Println(binary.Write(&buf, binary.BigEndian, &f), buf.Len())
}

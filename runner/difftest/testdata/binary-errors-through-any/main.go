// difftest: same
package main

// A frame helper hands encoding/binary whatever it is given, as an any:
// binary's errors name the type the interface holds as Go names it
// (main.Pair, *main.Msg, main.Kind, []string), and what encodes well still
// encodes, through Write, Read, Append, Encode and Decode.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Pair struct{ A, B int }

type Msg struct {
	Len  uint16
	Body []byte
}

type Kind int

type Header struct {
	Kind uint8
	Len  uint16
}

func send(w io.Writer, v any) error { return binary.Write(w, binary.BigEndian, v) }

func recv(r io.Reader, v any) error { return binary.Read(r, binary.BigEndian, v) }

func pack(v any) ([]byte, error) { return binary.Append(nil, binary.LittleEndian, v) }

func encode(buf []byte, v any) (int, error) { return binary.Encode(buf, binary.BigEndian, v) }

func decode(buf []byte, v any) (int, error) { return binary.Decode(buf, binary.BigEndian, v) }

func main() {
	var buf bytes.Buffer
	fmt.Println(send(&buf, Pair{1, 2}))
	fmt.Println(send(&buf, &Msg{Len: 1}))
	fmt.Println(send(&buf, Kind(3)))
	fmt.Println(send(&buf, []string{"a"}))
	fmt.Println(send(&buf, Header{1, 2}), buf.Len())

	var h Header
	fmt.Println(recv(&buf, &h), h)
	fmt.Println(recv(bytes.NewReader(make([]byte, 8)), &Pair{}))
	fmt.Println(recv(bytes.NewReader(make([]byte, 8)), Header{}))

	b, err := pack(Header{2, 7})
	fmt.Println(b, err)
	_, err = pack(Msg{})
	fmt.Println(err)

	out := make([]byte, 3)
	n, err := encode(out, Header{9, 258})
	fmt.Println(n, err, out)
	_, err = encode(out, Pair{})
	fmt.Println(err)
	n, err = decode(out, &h)
	fmt.Println(n, err, h)
	_, err = decode(out, &Msg{})
	fmt.Println(err)
}

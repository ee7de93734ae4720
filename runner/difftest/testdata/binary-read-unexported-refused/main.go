// difftest: refused encoding/binary fills the interpreter's struct types, whose fields are all exported, where Go's decoder panics on an unexported field
package main

// A packet header declared with unexported fields, as a student writes it
// first: binary.Write reads them and works, but binary.Read panics in a Go
// build (reflect: reflect.Value.SetUint using value obtained using
// unexported field), which the program recovers and prints.

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	version uint8
	kind    uint8
	length  uint16
}

func decode(b []byte) (h header, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decode: %v", r)
		}
	}()
	err = binary.Read(bytes.NewReader(b), binary.BigEndian, &h)
	return h, err
}

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.BigEndian, header{1, 2, 300})
	fmt.Println(err, buf.Bytes())
	h, err := decode(buf.Bytes())
	fmt.Printf("%+v %v\n", h, err)
	_, err = decode([]byte{1})
	fmt.Println(err)
}

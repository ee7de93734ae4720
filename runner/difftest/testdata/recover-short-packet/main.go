// difftest: same
package main

import (
	"encoding/binary"
	"fmt"
)

// A frame is a message of the toy protocol: a 2-byte type, a 1-byte
// length, then that many bytes of payload and a 1-byte checksum.
type frame struct {
	kind    uint16
	payload []byte
	sum     byte
}

// decode reads one frame from pkt; a short or lying packet makes it fail
// with Go's own runtime error, which it turns into an error.
func decode(pkt []byte) (f frame, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad frame % x: %v", pkt, r)
		}
	}()
	f.kind = binary.BigEndian.Uint16(pkt[0:2])
	n := int(pkt[2])
	f.payload = pkt[3 : 3+n]
	f.sum = pkt[3+n]
	return f, nil
}

// fields splits a payload at commas, the last field running to the end.
func fields(p []byte, count int) (out []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fields: %v", r)
		}
	}()
	start := 0
	for i := 0; i < count; i++ {
		end := start
		for p[end] != ',' {
			end++
		}
		out = append(out, string(p[start:end]))
		start = end + 1
	}
	return append(out, string(p[start:])), nil
}

func main() {
	packets := [][]byte{
		{0, 1, 3, 'a', ',', 'b', 0x42},
		{0, 2, 5, 'x', 'y'},
		{0, 3},
		{0, 4, 0, 0x10},
		{},
	}
	for _, pkt := range packets {
		f, err := decode(pkt)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("kind %d payload %q sum %#x\n", f.kind, f.payload, f.sum)
		fmt.Println(fields(f.payload, 1))
		fmt.Println(fields(f.payload, 2))
	}
}

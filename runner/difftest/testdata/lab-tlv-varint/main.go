// difftest: same
package main

// A type-length-value encoding with varints: each field is a one-byte tag,
// a uvarint length and the bytes; integers are zig-zag varints. The
// encoder writes to a connection through a bufio.Writer, the decoder
// reads with binary.ReadUvarint from a bufio.Reader (an io.ByteReader).

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
)

const (
	tagName  = 1
	tagScore = 2
	tagTags  = 3
)

func writeField(w *bufio.Writer, tag byte, value []byte) {
	w.WriteByte(tag)
	var lenBuf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(lenBuf[:], uint64(len(value)))
	w.Write(lenBuf[:n])
	w.Write(value)
}

func readField(r *bufio.Reader) (byte, []byte, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return 0, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, fmt.Errorf("length of tag %d: %w", tag, err)
	}
	value := make([]byte, n)
	if _, err := io.ReadFull(r, value); err != nil {
		return 0, nil, fmt.Errorf("value of tag %d: %w", tag, err)
	}
	return tag, value, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		w := bufio.NewWriter(c)
		writeField(w, tagName, []byte("Nur Aisyah"))
		for _, s := range []int64{150, -3, 0, 1 << 40} {
			writeField(w, tagScore, binary.AppendVarint(nil, s))
		}
		writeField(w, tagTags, []byte("go,net"))
		writeField(w, 9, make([]byte, 300))
		w.WriteByte(tagName)
		w.Write([]byte{0x80})
		w.Flush()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		tag, value, err := readField(r)
		if err == io.EOF {
			fmt.Println("end of stream")
			break
		}
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
		switch tag {
		case tagName, tagTags:
			fmt.Printf("tag %d: %q\n", tag, value)
		case tagScore:
			v, n := binary.Varint(value)
			fmt.Printf("tag %d: %d (%d bytes % x)\n", tag, v, n, value)
		default:
			fmt.Printf("tag %d: %d unknown bytes skipped\n", tag, len(value))
		}
	}
}

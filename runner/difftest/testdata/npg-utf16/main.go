// difftest: same
package main

// Character sets, from Network Programming with Go: a server sends a
// string as UTF-16 with a byte-order mark, big-endian, and the client
// decodes it; then ISO 8859-1 by hand, one byte per rune.

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"unicode/utf16"
	"unicode/utf8"
)

const BOM = '\ufffe'

func writeShorts(conn net.Conn, shorts []uint16) {
	var bytes = make([]byte, 2*len(shorts))
	for i, v := range shorts {
		binary.BigEndian.PutUint16(bytes[2*i:], v)
	}
	conn.Write(bytes)
}

func readShorts(conn net.Conn) []uint16 {
	buf, _ := io.ReadAll(conn)
	shorts := make([]uint16, len(buf)/2)
	for i := range shorts {
		shorts[i] = uint16(buf[2*i])<<8 | uint16(buf[2*i+1])
	}
	return shorts
}

func latin1(s string) ([]byte, error) {
	out := make([]byte, 0, len(s))
	for i, r := range s {
		if r > 0xff {
			return nil, fmt.Errorf("rune %q at byte %d has no ISO 8859-1 form", r, i)
		}
		out = append(out, byte(r))
	}
	return out, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		str := "j'ai arrêté ☺ 𝄞"
		shorts := utf16.Encode([]rune(str))
		writeShorts(conn, append([]uint16{BOM}, shorts...))
		conn.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	shorts := readShorts(conn)
	fmt.Printf("%d shorts, BOM %#04x, first %#x\n", len(shorts), shorts[0], shorts[1:4])
	ints := utf16.Decode(shorts[1:])
	str := string(ints)
	fmt.Println(str, len(str), utf8.RuneCountInString(str), utf16.IsSurrogate(rune(shorts[len(shorts)-1])))

	for _, s := range []string{"café", "naïve Zoë", str} {
		b, err := latin1(s)
		fmt.Printf("%q -> % x (%v)\n", s, b, err)
	}
	var back []rune
	for _, b := range []byte{0x63, 0x61, 0x66, 0xe9} {
		back = append(back, rune(b))
	}
	fmt.Println(string(back), utf8.ValidString(string([]byte{0x63, 0xe9})))
}

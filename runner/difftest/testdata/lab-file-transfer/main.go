// difftest: same
package main

// File transfer with a length prefix: for each file the sender writes the
// name's length (uint16), the name, the content's length (uint32) and the
// content, all big-endian with encoding/binary; a zero-length name ends the
// transfer. The receiver reads with io.ReadFull and checks a CRC-32.

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"net"
)

type file struct {
	name string
	data []byte
}

func send(w io.Writer, files []file) error {
	bw := bufio.NewWriter(w)
	for _, f := range files {
		if err := binary.Write(bw, binary.BigEndian, uint16(len(f.name))); err != nil {
			return err
		}
		bw.WriteString(f.name)
		binary.Write(bw, binary.BigEndian, uint32(len(f.data)))
		bw.Write(f.data)
	}
	binary.Write(bw, binary.BigEndian, uint16(0))
	return bw.Flush()
}

func receive(r io.Reader) ([]file, error) {
	var files []file
	for {
		var nameLen uint16
		if err := binary.Read(r, binary.BigEndian, &nameLen); err != nil {
			return files, fmt.Errorf("name length: %w", err)
		}
		if nameLen == 0 {
			return files, nil
		}
		name := make([]byte, nameLen)
		if _, err := io.ReadFull(r, name); err != nil {
			return files, fmt.Errorf("name: %w", err)
		}
		var size uint32
		if err := binary.Read(r, binary.BigEndian, &size); err != nil {
			return files, fmt.Errorf("size of %s: %w", name, err)
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(r, data); err != nil {
			return files, fmt.Errorf("content of %s: %w", name, err)
		}
		files = append(files, file{string(name), data})
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	outgoing := []file{{"hello.txt", []byte("hello, world\n")}, {"empty", nil}, {"big.bin", big}}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		if err := send(c, outgoing); err != nil {
			fmt.Println("send:", err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	files, err := receive(bufio.NewReader(c))
	for _, f := range files {
		fmt.Printf("%-10s %6d bytes crc32 %08x\n", f.name, len(f.data), crc32.ChecksumIEEE(f.data))
	}
	fmt.Println("error:", err)

	// A truncated stream: the sender stops in the middle of a file.
	pr, pw := io.Pipe()
	go func() {
		binary.Write(pw, binary.BigEndian, uint16(3))
		pw.Write([]byte("abc"))
		binary.Write(pw, binary.BigEndian, uint32(10))
		pw.Write([]byte("12345"))
		pw.Close()
	}()
	_, err = receive(pr)
	fmt.Println("truncated:", err)
}

// difftest: same
package main

// The NUL-terminated protocol of the notebook read with a bufio.Scanner
// and a split function of the program's own: each token ends at a 0 byte,
// a last token without one is an error at EOF. The client sends messages
// in odd-sized pieces.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"time"
)

var errUnterminated = errors.New("message without its NUL")

func scanNUL(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return 0, nil, fmt.Errorf("%w: %q", errUnterminated, data)
	}
	return 0, nil, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	result := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		sc.Split(scanNUL)
		var msgs []string
		for sc.Scan() {
			msgs = append(msgs, sc.Text())
		}
		result <- fmt.Sprintf("%q err=%v unterminated=%v", msgs, sc.Err(), errors.Is(sc.Err(), errUnterminated))
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	stream := []byte("hello\x00big world\x00\x00last one")
	for len(stream) > 0 {
		n := min(3, len(stream))
		c.Write(stream[:n])
		stream = stream[n:]
		time.Sleep(time.Millisecond)
	}
	c.Close()
	fmt.Println(<-result)
}

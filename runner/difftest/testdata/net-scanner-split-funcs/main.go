// difftest: same
package main

// bufio.Scanner over a TCP connection with each split function: words,
// a NUL-separated split of the script's own ending in ErrFinalToken,
// lines, runes, and a buffer too small for a line (ErrTooLong).

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"strings"
)

// nulSplit splits on NUL bytes.
func nulSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, bufio.ErrFinalToken
	}
	return 0, nil, nil
}

func serve(ln net.Listener, split bufio.SplitFunc, max int, out chan<- string) {
	c, err := ln.Accept()
	if err != nil {
		return
	}
	defer c.Close()
	sc := bufio.NewScanner(c)
	sc.Split(split)
	if max > 0 {
		sc.Buffer(make([]byte, 4), max)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	err = sc.Err()
	out <- fmt.Sprintf("%q err=%v toolong=%v", toks, err, errors.Is(err, bufio.ErrTooLong))
}

func send(addr, s string) {
	c, _ := net.Dial("tcp", addr)
	c.Write([]byte(s))
	c.Close()
}

func main() {
	out := make(chan string)
	for _, tc := range []struct {
		split bufio.SplitFunc
		max   int
		data  string
	}{
		{bufio.ScanWords, 0, "  the quick\tbrown\n\nfox  "},
		{nulSplit, 0, "a\x00bb\x00\x00last"},
		{bufio.ScanLines, 0, "one\r\ntwo\nthree"},
		{bufio.ScanRunes, 0, "héé"},
		{bufio.ScanLines, 8, "short\nthis line is far too long\n"},
	} {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		go serve(ln, tc.split, tc.max, out)
		send(ln.Addr().String(), tc.data)
		fmt.Println(<-out)
		ln.Close()
	}
	fmt.Println(strings.Count("a\x00b", "\x00"))
}

// difftest: same
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"strings"
)

// scanFrames splits on "\r\n\r\n", like a block of headers.
func scanFrames(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.Index(data, []byte("\r\n\r\n")); i >= 0 {
		return i + 4, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

var errStop = errors.New("stop word")

func scanUntilStop(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && tok != nil && string(tok) == "STOP" {
		return 0, nil, errStop
	}
	if string(tok) == "LAST" {
		return adv, tok, bufio.ErrFinalToken
	}
	return adv, tok, err
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		for _, part := range []string{"A: 1\r\nB:", " 2\r\n\r\nC: 3", "\r\n\r\n", "tail"} {
			c.Write([]byte(part))
		}
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	sc := bufio.NewScanner(c)
	sc.Split(scanFrames)
	for sc.Scan() {
		fmt.Printf("frame %q\n", sc.Text())
	}
	fmt.Println("err", sc.Err())
	s2 := bufio.NewScanner(strings.NewReader("go run STOP now"))
	s2.Split(scanUntilStop)
	for s2.Scan() {
		fmt.Println("word", s2.Text())
	}
	fmt.Println(s2.Err(), errors.Is(s2.Err(), errStop))
	s3 := bufio.NewScanner(strings.NewReader("a b LAST c d"))
	s3.Split(scanUntilStop)
	for s3.Scan() {
		fmt.Println("w", s3.Text())
	}
	fmt.Println(s3.Err())
	s4 := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	s4.Buffer(make([]byte, 10), 20)
	for s4.Scan() {
		fmt.Println("never")
	}
	fmt.Println(s4.Err(), s4.Err() == bufio.ErrTooLong)
	s5 := bufio.NewScanner(strings.NewReader("héllo"))
	s5.Split(bufio.ScanRunes)
	n := 0
	for s5.Scan() {
		n++
		fmt.Printf("%q ", s5.Bytes())
	}
	fmt.Println(n)
	ln.Close()
}

// difftest: same
package main

// A text statistics service: the client sends a text and half-closes the
// connection; the server counts lines, words and the longest word with
// bufio.Scanner (ScanLines, then its own split function for words made
// of letters), using named results and a deferred function that fills in
// the summary.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"strings"
	"unicode"
	"unicode/utf8"
)

type stats struct {
	lines, words int
	longest      string
	summary      string
}

// letters splits on anything that is not a letter.
func letters(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if unicode.IsLetter(r) {
			break
		}
		start += w
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if !unicode.IsLetter(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

func count(r io.Reader) (s stats, err error) {
	defer func() {
		s.summary = fmt.Sprintf("%d lines, %d words, longest %q", s.lines, s.words, s.longest)
		if err != nil {
			s.summary += " (" + err.Error() + ")"
		}
	}()
	text, err := io.ReadAll(r)
	if err != nil {
		return s, err
	}
	lines := bufio.NewScanner(bytes.NewReader(text))
	for lines.Scan() {
		s.lines++
	}
	words := bufio.NewScanner(bytes.NewReader(text))
	words.Split(letters)
	for words.Scan() {
		w := words.Text()
		s.words++
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(s.longest) {
			s.longest = w
		}
	}
	return s, words.Err()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, _ := count(c)
			fmt.Fprintln(c, s.summary)
			c.Close()
		}
	}()
	for _, text := range []string{
		"The quick brown fox\njumps over the lazy dog.\n",
		"", "naïve café—déjà vu\n\n\nend",
		strings.Repeat("ab cd, ", 1000),
	} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		io.WriteString(c, text)
		c.(*net.TCPConn).CloseWrite()
		reply, _ := io.ReadAll(c)
		fmt.Print(string(reply))
		c.Close()
	}
}

// difftest: same

package main

// text/scanner's tokens with their positions, and its error function on an
// unterminated literal.

import (
	"fmt"
	"strings"
	"text/scanner"
)

func main() {
	const src = `SET key "hello world" 42 3.5 // comment
GET key`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "cmd"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	var t scanner.Scanner
	t.Init(strings.NewReader("a 'unterminated"))
	t.Error = func(s *scanner.Scanner, msg string) { fmt.Println("error:", s.Position, msg) }
	for tok := t.Scan(); tok != scanner.EOF; tok = t.Scan() {
	}
	fmt.Println(t.ErrorCount)
}

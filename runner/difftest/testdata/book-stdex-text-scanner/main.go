// difftest: same
package main

// text/scanner's examples: scanning Go-like source into identifiers,
// numbers, strings and operators with their positions, with Mode set to
// scan identifiers only, with a custom IsIdentRune, and with
// whitespace that includes newlines as tokens.

import (
	"fmt"
	"strings"
	"text/scanner"
	"unicode"
)

func main() {
	const src = `
// This is scanned code.
if a > 10 {
	someParsable = text
}`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s\n", s.Position, s.TokenText())
	}

	s.Init(strings.NewReader(`%var1 var2%`))
	s.Filename = "default"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s\n", s.Position, s.TokenText())
	}
	s.Init(strings.NewReader(`%var1 var2%`))
	s.Filename = "percent"
	s.IsIdentRune = func(ch rune, i int) bool {
		return ch == '%' && i == 0 || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
	}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s\n", s.Position, s.TokenText())
	}

	s.Init(strings.NewReader("x = 3.14 + \"str\" * 'c'\n// gone\ny"))
	s.Mode ^= scanner.SkipComments
	s.Whitespace ^= 1<<'\t' | 1<<'\n'
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%-8s %q\n", scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println(s.ErrorCount)
}

package rewrite

import (
	"fmt"
	"go/scanner"
	"go/token"
	"strings"
)

// joinLines returns text, source that starts on line line and spans
// several, on one line: a newline where Go inserts a semicolon becomes
// one, any other a space, each followed by a line directive that gives
// the next line its number back (/*line :13:1*/), so that what follows
// keeps its position. It reports false for text that a line cannot hold
// as it is: a raw string or a comment across lines, or a line comment.
func joinLines(text string, line int) (string, bool) {
	src := []byte(text)
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, src, func(token.Position, string) {}, scanner.ScanComments)
	semicolons := map[int]bool{} // offsets of the newlines Go reads as ";"
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		switch {
		case tok == token.SEMICOLON && lit == "\n":
			semicolons[off] = true
		case tok == token.COMMENT && (strings.HasPrefix(lit, "//") || strings.ContainsAny(lit, "\n\r")):
			return "", false
		case tok == token.STRING && strings.ContainsAny(lit, "\n\r"):
			return "", false
		}
	}
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\r':
		case '\n':
			line++
			sep := " "
			if semicolons[i] {
				sep = ";"
			}
			fmt.Fprintf(&b, "%s/*line :%d:1*/", sep, line)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

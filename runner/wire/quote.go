package wire

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote writes bytes as a student reads them in a lesson: in double quotes,
// printable text as it is (中 stays 中), and the bytes that frame messages
// visible: \n, \r, \t, \0 for NUL, \" and \\, \xNN for any other control
// byte or a byte that is not UTF-8.
func Quote(b []byte) string {
	var s strings.Builder
	s.WriteByte('"')
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == '\n':
			s.WriteString(`\n`)
		case r == '\r':
			s.WriteString(`\r`)
		case r == '\t':
			s.WriteString(`\t`)
		case r == 0:
			s.WriteString(`\0`)
		case r == '"':
			s.WriteString(`\"`)
		case r == '\\':
			s.WriteString(`\\`)
		case r == utf8.RuneError && size <= 1, !unicode.IsPrint(r) && r != ' ':
			for _, c := range b[:size] {
				fmt.Fprintf(&s, `\x%02x`, c)
			}
		default:
			s.Write(b[:size])
		}
		b = b[size:]
	}
	s.WriteByte('"')
	return s.String()
}

// QuoteShort is Quote cut to at most max runes, ending in …" when cut.
func QuoteShort(b []byte, max int) string {
	q := Quote(b)
	if utf8.RuneCountInString(q) <= max || max < 3 {
		return q
	}
	r := []rune(q)
	return string(r[:max-2]) + `…"`
}

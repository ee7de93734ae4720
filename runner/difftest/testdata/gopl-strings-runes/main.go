// difftest: same
package main

// The Go Programming Language, 3.5: strings as bytes and runes, UTF-8
// decoding, and the book's basename, comma and intsToString functions.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func basename(s string) string {
	slash := strings.LastIndex(s, "/")
	s = s[slash+1:]
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func intsToString(values []int) string {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range values {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(&buf, "%d", v)
	}
	buf.WriteByte(']')
	return buf.String()
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d\t%c\t%d\n", i, r, size)
		i += size
	}
	for i, r := range "Hi, 世" {
		fmt.Printf("%d %q %U %d\n", i, r, r, r)
	}
	fmt.Printf("% x\n", "プログラム")
	r := []rune("プログラム")
	fmt.Printf("%x %d %s\n", r, len(r), string(r[1:3]))
	fmt.Println(string(rune(65)), string(rune(0x4eac)), string(rune(1234567)))
	bad := "a\xffb"
	for _, c := range bad {
		fmt.Printf("%q ", c)
	}
	fmt.Println(utf8.ValidString(bad), utf8.RuneLen('世'), unicode.IsUpper('H'), unicode.ToLower('Ä') == 'ä')

	fmt.Println(basename("a/b/c.go"), basename("c.d.go"), basename("abc"))
	fmt.Println(comma("1234567890"), comma("12"))
	fmt.Println(intsToString([]int{1, 2, 3}))
	x := 123
	y := fmt.Sprintf("%d", x)
	fmt.Println(y, len(y), s[7:], s[:5], []byte("abc"))
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s, strings.Count(s, ""), bytes.Contains(b, []byte("世")))
}

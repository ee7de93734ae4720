// difftest: same
package main

// basename1, basename2, comma and printints of chapter 3 of The Go
// Programming Language: removing a directory and a suffix by hand and with
// strings.LastIndex, inserting commas recursively and with a bytes.Buffer
// (the exercise's signed and floating-point forms), and intsToString
// writing a slice into a buffer.

import (
	"bytes"
	"fmt"
	"strings"
)

func basename1(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			s = s[i+1:]
			break
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			s = s[:i]
			break
		}
	}
	return s
}

func basename2(s string) string {
	slash := strings.LastIndex(s, "/") // -1 if "/" not found
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

func commaBuffer(s string) string {
	var buf bytes.Buffer
	if s != "" && (s[0] == '-' || s[0] == '+') {
		buf.WriteByte(s[0])
		s = s[1:]
	}
	frac := ""
	if dot := strings.Index(s, "."); dot >= 0 {
		s, frac = s[:dot], s[dot:]
	}
	pre := len(s) % 3
	if pre == 0 && len(s) > 0 {
		pre = 3
	}
	buf.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(s[i : i+3])
	}
	buf.WriteString(frac)
	return buf.String()
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
	for _, s := range []string{"a/b/c.go", "c.d.go", "abc", "/x/", ""} {
		fmt.Printf("%q %q %q\n", s, basename1(s), basename2(s))
	}
	for _, s := range []string{"1", "12345", "1234567890", "-1234567.891", "+100"} {
		fmt.Println(comma(s), commaBuffer(s))
	}
	fmt.Println(intsToString([]int{1, 2, 3}), intsToString(nil))
}

// difftest: same
package main

// The Go Programming Language, 3.5: comma inserts commas into a decimal
// integer string recursively, the exercises' versions with a
// bytes.Buffer and with signs and fractions, and intsToString.

import (
	"bytes"
	"fmt"
	"strings"
)

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func commaBuffer(s string) string {
	var buf bytes.Buffer
	pre := len(s) % 3
	if pre == 0 {
		pre = 3
	}
	buf.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(s[i : i+3])
	}
	return buf.String()
}

func commaFloat(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		sign, s = s[:1], s[1:]
	}
	frac := ""
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s, frac = s[:dot], s[dot:]
	}
	return sign + comma(s) + frac
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
	for _, s := range []string{"1", "12", "123", "1234", "12345", "123456", "1234567890"} {
		fmt.Printf("%-12s %-15s %s\n", s, comma(s), commaBuffer(s))
	}
	for _, s := range []string{"-1234567.891", "+1000", "0.5", "-12"} {
		fmt.Println(commaFloat(s))
	}
	fmt.Println(intsToString([]int{1, 2, 3}))
	fmt.Println(intsToString(nil))
}

// difftest: same

// A Caesar cipher with strings.Map over runes, then %q, %x, % x and %U of
// the text and the byte offsets of a range over a string.

package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func main() {
	msg := "Hello, World! Go é 世界"
	enc := strings.Map(func(r rune) rune { return shift(r, 3) }, msg)
	dec := strings.Map(func(r rune) rune { return shift(r, -3) }, enc)
	fmt.Println(enc)
	fmt.Println(dec, dec == msg)
	fmt.Printf("%q %x % x %U\n", enc[:5], enc[:3], []byte(enc[:3]), []rune(msg)[len([]rune(msg))-1])
	for i, r := range "aé世" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
}

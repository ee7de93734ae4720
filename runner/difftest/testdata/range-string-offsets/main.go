// difftest: same
package main

// A range loop over a string gives the byte offset where each rune
// starts: for the index alone, and with the rune over invalid UTF-8,
// where each bad byte is one utf8.RuneError of width one. The loops a
// parser of a wire protocol writes: find a field's offset, split at a
// multi-byte separator, count the bad bytes of a line read raw.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func fieldStarts(line string) []int {
	var starts []int
	prev := ' '
	for i, r := range line {
		if r != ' ' && prev == ' ' {
			starts = append(starts, i)
		}
		prev = r
	}
	return starts
}

func splitAt(s string, sep rune) []string {
	var parts []string
	start := 0
	for i, r := range s {
		if r == sep {
			parts = append(parts, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(parts, s[start:])
}

func main() {
	for i := range "héllo, 世界" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	line := "naïve café \xffbad\xfe bytes ok"
	starts := fieldStarts(line)
	fmt.Println(starts)
	for _, at := range starts {
		end := strings.IndexByte(line[at:], ' ')
		if end < 0 {
			end = len(line) - at
		}
		fmt.Printf("%q ", line[at:at+end])
	}
	fmt.Println()
	fmt.Printf("%q\n", splitAt("key→value→more", '→'))
	bad := 0
	for i, r := range "ok\xc3(\xe2\x82\xff" {
		if r == utf8.RuneError {
			bad++
			fmt.Printf("bad byte at %d: %#x\n", i, "ok\xc3(\xe2\x82\xff"[i])
		}
	}
	fmt.Println(bad, "bad bytes")
	n := 0
	for range "世界" {
		n++
	}
	fmt.Println(n, "runes")
}

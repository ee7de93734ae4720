// difftest: same
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	// Go's iterators of strings and bytes consume the string they were
	// given: a second loop over the same one sees what the first left.
	lines := strings.Lines("one\ntwo\nthree")
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	for l := range lines {
		fmt.Printf("again %q ", l)
	}
	fmt.Println()

	parts := strings.SplitSeq("a,b,c", ",")
	for p := range parts {
		fmt.Printf("%q ", p)
		if p == "b" {
			break
		}
	}
	for p := range parts {
		fmt.Printf("then %q ", p)
	}
	fmt.Println()

	for p := range strings.SplitAfterSeq("x;y;", ";") {
		fmt.Printf("%q ", p)
	}
	for p := range strings.SplitSeq("héllo", "") {
		fmt.Printf("%q ", p)
	}
	for f := range strings.FieldsSeq("  to be\tor\u00a0not  ") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()

	// The pieces of bytes' iterators have no room past their end, so an
	// append does not write over the next one.
	data := []byte("k1=v1&k2=v2&k3=v3")
	for kv := range bytes.SplitSeq(data, []byte("&")) {
		fmt.Print(len(kv), cap(kv), " ")
		_ = append(kv, '!')
	}
	fmt.Println(string(data))
	for l := range bytes.Lines([]byte("a\nbb\nccc")) {
		fmt.Print(len(l), cap(l), " ")
	}
	for f := range bytes.FieldsFuncSeq([]byte("1,22,,333"), func(r rune) bool { return r == ',' }) {
		fmt.Print(string(f), cap(f), " ")
	}
	fmt.Println()
}

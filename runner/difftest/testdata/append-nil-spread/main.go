// difftest: same
package main

import "fmt"

// A frame reader appends what a read returned, which is nil at the end
// of the stream: Go spreads the untyped nil as an empty slice.

type packet []byte

func read(n int) []byte {
	if n == 0 {
		return nil
	}
	return []byte("ab")
}

func main() {
	var buf []byte
	buf = append(buf, read(1)...)
	buf = append(buf, nil...)
	fmt.Println(len(buf), string(buf))
	var p packet
	p = append(p, nil...)
	fmt.Println(p == nil, len(p))
	words := append([]string{"x"}, nil...)
	fmt.Println(words, len(words))
}

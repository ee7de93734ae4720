// difftest: same
// A String method that converts a slice too short to an array: fmt
// prints Go's runtime error in %!v(PANIC=String method: ...).
package main

import "fmt"

type Header struct{ raw []byte }

func (h Header) String() string {
	magic := [4]byte(h.raw)
	return fmt.Sprintf("magic %x", magic)
}

func main() {
	fmt.Println(Header{raw: []byte{0xca, 0xfe, 0xba, 0xbe, 1}})
	fmt.Println(Header{raw: []byte{1, 2}})
	fmt.Printf("%s|%v\n", Header{}, Header{raw: []byte("GIF89a")})
}

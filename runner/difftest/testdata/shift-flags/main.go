// difftest: same
package main

// A TCP header's flags as a set of bits, tested with 1<<i: a shift whose
// count is a variable takes the type of flags for its constant 1.

import (
	"encoding/binary"
	"fmt"
	"strings"
)

type Flags uint8

const (
	FIN Flags = 1 << iota
	SYN
	RST
	PSH
	ACK
)

var names = []string{"FIN", "SYN", "RST", "PSH", "ACK"}

func (f Flags) String() string {
	var parts []string
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

// bits counts the bits set in v, one shift at a time.
func bits(v uint32) int {
	n := 0
	for i := uint(0); i < 32; i++ {
		if v&(1<<i) != 0 {
			n++
		}
	}
	return n
}

func main() {
	hdr := []byte{0x1f, 0x90, 0x00, 0x50, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, byte(SYN | ACK)}
	f := Flags(hdr[13])
	fmt.Println(binary.BigEndian.Uint16(hdr[:2]), f, f|FIN, Flags(0))
	for i := 0; i < 5; i++ {
		fmt.Print(f&(1<<i) != 0, " ")
	}
	fmt.Println()
	var mask uint64 = 1<<40 | 1
	shift := 40
	fmt.Println(mask&(1<<shift) != 0, mask>>shift, uint16(0xff00)|1<<shift/5, bits(0xf0f0))
	var port uint16 = 0
	for i := 15; i >= 8; i-- {
		port |= 1 << i
	}
	fmt.Println(port, int8(1)<<3, ^(Flags(1) << 2))
}

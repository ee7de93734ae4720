// difftest: same
package main

// Effective Go, Constants: a ByteSize on int64 built by shifts, an enum
// whose iota skips a value with a String method that looks up a map, and
// iota in a block of paired constants.

import "fmt"

type ByteSize int64

const (
	B  ByteSize = 1
	KB          = B << 10
	MB          = KB << 10
	GB          = MB << 10
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.1fG", float64(b)/float64(GB))
	case b >= MB:
		return fmt.Sprintf("%.1fM", float64(b)/float64(MB))
	case b >= KB:
		return fmt.Sprintf("%.1fK", float64(b)/float64(KB))
	}
	return fmt.Sprintf("%dB", int64(b))
}

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
	_
	Purple
)

var names = map[Color]string{Red: "red", Green: "green", Blue: "blue", Purple: "purple"}

func (c Color) String() string {
	if n, ok := names[c]; ok {
		return n
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

const (
	a = iota * 10
	b
	c, d = iota, iota * 2
	e, f
)

func main() {
	fmt.Println(B, KB, MB*3, GB+MB*512, ByteSize(1500))
	fmt.Println(Red, Blue, Purple, Color(4), Color(0))
	fmt.Printf("%v %d %x %08b\n", Green, Green, Purple, Purple)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T\n", KB, Purple)
	var s fmt.Stringer = MB
	fmt.Println(s)
}

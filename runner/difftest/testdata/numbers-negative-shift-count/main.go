// difftest: same

// A shift by a negative count panics with Go's runtime error, which a
// recover sees; counts that cannot be negative shift as they are.
package main

import (
	"fmt"
	"strings"
)

func bit(n int) (mask uint32, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bit %d: %v", n, r)
		}
	}()
	return 1 << n, nil
}

func main() {
	defer func() { fmt.Println("main:", recover()) }()
	var flags uint8
	for i := 0; i < 8; i += 2 {
		flags |= 1 << i
	}
	fmt.Printf("%08b\n", flags)
	words := strings.Fields("a bb ccc")
	for i := range words {
		fmt.Print(1<<i, " ")
	}
	fmt.Println(1 << len(words))
	for _, n := range []int{0, 5, 31, 40, -1} {
		fmt.Println(bit(n))
	}
	x := int64(-256)
	shift := 4
	x >>= shift
	fmt.Println(x)
	shift -= 5
	fmt.Println(x >> shift)
}

// difftest: same

package main

// unsafe's Sizeof, Alignof and Offsetof of a protocol header with padding,
// of a struct written out in a function, of strings, slices and
// interfaces, and a constant array length made of one; go build works
// them out from the types alone.

import (
	"fmt"
	"unsafe"
)

type header struct {
	kind  uint8
	size  uint32
	flags uint16
	id    uint64
	name  string
	tags  []string
	e     error
}

type packed struct {
	a, b uint8
	c    uint16
}

func main() {
	var h header
	fmt.Println(unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Offsetof(h.size), unsafe.Offsetof(h.id), unsafe.Offsetof(h.e))
	fmt.Println(unsafe.Sizeof(packed{}), unsafe.Sizeof([3]packed{}), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
	var rec struct {
		ok   bool
		n    int64
		done bool
	}
	fmt.Println(unsafe.Sizeof(rec), unsafe.Offsetof(rec.n), unsafe.Offsetof(rec.done), unsafe.Alignof(rec.done))
	const n = unsafe.Sizeof(uint64(0)) * 2
	var buf [n]byte
	fmt.Printf("%d %T %v\n", len(buf), unsafe.Sizeof(buf), unsafe.Sizeof(struct{}{}))
}

// difftest: same
// The capacity of buffers that do not start from a string's bytes: a
// constant's conversion has the string's length, a made slice its own
// capacity, a zero buffer grows as bytes.Buffer grows it.
package main

import (
	"bytes"
	"fmt"
)

const banner = "socklab"

func main() {
	a := bytes.NewBuffer([]byte(banner))
	fmt.Println(a.Len(), a.Cap())
	b := bytes.NewBuffer(make([]byte, 0, 100))
	b.WriteString(banner)
	fmt.Println(b.Len(), b.Cap())
	var c bytes.Buffer
	c.WriteString("x")
	fmt.Println(c.Len(), c.Cap())
	for range 10 {
		c.WriteString("0123456789")
	}
	fmt.Println(c.Len(), c.Cap())
	d := bytes.NewBufferString(banner)
	fmt.Println(d.Len(), d.Cap() >= d.Len())
}

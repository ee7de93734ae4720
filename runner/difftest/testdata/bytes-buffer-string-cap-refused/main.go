// difftest: refused the Cap of a bytes.Buffer made from a string's bytes, which Go's escape analysis decides (the length, 32, or a size class) and the interpreter always rounds to a size class
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteString(", world")
	fmt.Println(b.String())
}

// difftest: same
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Box[T any] struct {
	r   io.Reader
	val T
}

func (b *Box[T]) Read(p []byte) (int, error) { return b.r.Read(p) }

func (b *Box[T]) WriteTo(dst *[]T) { *dst = append(*dst, b.val) }

func main() {
	b := &Box[int]{strings.NewReader("boxed\n"), 7}
	io.Copy(os.Stdout, b)
	var out []int
	b.WriteTo(&out)
	fmt.Println(out)
}

// difftest: same
package main

// Effective Go, Named result parameters and Allocation: ReadFull with
// named results, nextInt returning a value and the next position, new
// versus make, composite literals with field names and indexes, and
// append of a slice to a slice.

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

func ReadFull(r io.Reader, buf []byte) (n int, err error) {
	for len(buf) > 0 && err == nil {
		var nr int
		nr, err = r.Read(buf)
		n += nr
		buf = buf[nr:]
	}
	return
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func nextInt(b []byte, i int) (int, int) {
	for ; i < len(b) && !isDigit(b[i]); i++ {
	}
	x := 0
	for ; i < len(b) && isDigit(b[i]); i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

type SyncedBuffer struct {
	lock   sync.Mutex
	buffer bytes.Buffer
}

type File struct {
	fd   int
	name string
}

func NewFile(fd int, name string) *File {
	if fd < 0 {
		return nil
	}
	return &File{fd: fd, name: name}
}

const (
	Enone  = 0
	Eio    = 2
	Einval = 5
)

func main() {
	buf := make([]byte, 10)
	n, err := ReadFull(strings.NewReader("a short input"), buf)
	fmt.Println(n, err, string(buf))
	n, err = ReadFull(strings.NewReader("tiny"), buf)
	fmt.Println(n, err, string(buf[:n]))

	b := []byte("x12 y345 z6")
	for i := 0; i < len(b); {
		var x int
		x, i = nextInt(b, i)
		fmt.Print(x, " ")
	}
	fmt.Println()

	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.buffer.WriteString("via new")
	v.buffer.WriteString("via var")
	fmt.Println(p.buffer.String(), v.buffer.String())

	fmt.Println(*NewFile(3, "input"), NewFile(-1, "bad") == nil)
	a := [...]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	s := []string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	m := map[int]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	fmt.Printf("%q %d %q %v\n", a, len(s), s[Einval], m)

	var pp *[]int = new([]int)
	vv := make([]int, 10, 100)
	fmt.Println(*pp == nil, len(vv), cap(vv))
	x := []int{1, 2, 3}
	y := []int{4, 5, 6}
	x = append(x, y...)
	fmt.Println(x)
	picture := make([][]uint8, 3)
	pixels := make([]uint8, 3*4)
	for i := range picture {
		picture[i], pixels = pixels[:4], pixels[4:]
	}
	picture[1][2] = 9
	fmt.Println(picture)
}

// difftest: same
package main

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"fmt"
	"io"
	"strings"
)

type tracked struct {
	*bufio.Reader
	bytes int
}

func (t *tracked) Read(p []byte) (int, error) {
	n, err := t.Reader.Read(p)
	t.bytes += n
	return n, err
}

type Point struct{ X, Y int }

func main() {
	t := &tracked{Reader: bufio.NewReader(strings.NewReader("12 34\n56 rest of line\n"))}
	var a, b, c int
	n, err := fmt.Fscanln(t, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(t, &c)
	fmt.Println(n, err, c)
	rest, _ := io.ReadAll(t)
	fmt.Printf("%q\n", rest)
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	enc.Encode(Point{1, 2})
	enc.Encode(Point{3, 4})
	buf.WriteString("TRAILER")
	t2 := &tracked{Reader: bufio.NewReader(&buf)}
	dec := gob.NewDecoder(t2)
	var p Point
	dec.Decode(&p)
	fmt.Println(p)
	dec.Decode(&p)
	fmt.Println(p)
	tail, _ := io.ReadAll(t2)
	fmt.Printf("%q\n", tail)
}

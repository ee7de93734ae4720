// difftest: same

package main

// bufio: Peek, ReadString, ReadLine, Discard and ReadBytes on a small
// reader, a small writer's Buffered and Available, a ReadWriter,
// ScanWords, and a scanner's token too long.

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("HELO client\r\nDATA 5\r\nhello\r\nQUIT"), 16)
	p, err := r.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	l, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, prefix, err)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.Peek(100)
	fmt.Println(err)
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("abc")
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.WriteString("defghij")
	fmt.Println(w.Buffered(), out.Len())
	w.Flush()
	fmt.Println(out.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), w)
	s, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(s))
	rw.Flush()
	fmt.Print(out.String()[10:])
	sc := bufio.NewScanner(strings.NewReader("a bb  ccc"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(len(sc.Bytes()), " ")
	}
	fmt.Println()
	sc2 := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc2.Buffer(make([]byte, 10), 20)
	for sc2.Scan() {
	}
	fmt.Println(sc2.Err())
}

// difftest: same
package main

// The bytes package as its examples use it: a Buffer written and read in
// turns (Next, ReadBytes, UnreadByte, Truncate, ReadFrom), and the byte
// slice functions that mirror strings'.

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world!")
	b.WriteTo(os.Stdout)
	fmt.Println()

	buf := bytes.NewBufferString("GET /index.html HTTP/1.1\r\nHost: example\r\n\r\nbody")
	method := buf.Next(3)
	fmt.Printf("%q %d\n", method, buf.Len())
	line, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := buf.ReadByte()
	buf.UnreadByte()
	rest, _ := buf.ReadString('\n')
	fmt.Printf("%c %q\n", c, rest)
	n, err := buf.ReadFrom(strings.NewReader(" more"))
	fmt.Println(n, err, buf.String())
	buf.Truncate(2)
	fmt.Printf("%q %d\n", buf.String(), buf.Cap() >= buf.Len())
	var empty bytes.Buffer
	_, err = empty.ReadByte()
	fmt.Println(err)

	s := []byte("  Gophers, unite!  ")
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Println(bytes.Contains(s, []byte("unite")), bytes.Count(s, []byte("e")), bytes.Index(s, []byte("!")))
	fmt.Println(bytes.Equal([]byte("Go"), []byte("Go")), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.ToUpper(s))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	before, after, found := bytes.Cut([]byte("key:value"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.HasPrefix(s, []byte("  G")), bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexByte(s, 'e'))
	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(5, 0)
	tail := make([]byte, 3)
	r.Read(tail)
	fmt.Println(string(tail), r.Len(), r.Size())
}

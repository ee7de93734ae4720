// difftest: same
package main

// The bytes package's examples: Buffer's Write, Fprintf into it,
// WriteTo, Grow, Next, ReadFrom; Compare, Contains, Equal, Fields,
// HasPrefix, Index, Join, Map, Repeat, Replace, Split, Title-casing,
// ToUpper, Trim, and a bytes.Reader read and sought.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world!\n")
	b.WriteTo(os.Stdout)
	fmt.Println(b.Len())

	var bb bytes.Buffer
	bb.Grow(64)
	bb.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q %d\n", bb.Bytes()[:5], bb.Len())
	fmt.Printf("%q %q %q\n", bb.Next(2), bb.Next(1), bb.String())
	bb.Reset()
	n, err := bb.ReadFrom(bytes.NewReader([]byte("from a reader")))
	fmt.Println(n, err, bb.String())
	line, err := bytes.NewBufferString("one\ntwo").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	a, c := []byte("a"), []byte("b")
	fmt.Println(bytes.Compare(a, c), bytes.Equal(a, []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("Go")), bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexByte([]byte("chicken"), 'k'))
	s := [][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}
	fmt.Printf("%s\n", bytes.Join(s, []byte(", ")))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("shout")))
	fmt.Printf("ba%s\n", bytes.Repeat([]byte("na"), 2))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper([]byte("Gopher")), bytes.TrimSpace([]byte("  x  ")), bytes.Trim([]byte(" !!! Achtung! Achtung! !!! "), "! "))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.ContainsRune([]byte("I like seafood."), 'f'))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)

	r := bytes.NewReader([]byte("0123456789"))
	buf := make([]byte, 4)
	r.Read(buf)
	fmt.Printf("%s %d %d\n", buf, r.Len(), r.Size())
	r.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%s\n", rest)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.Title([]byte("her royal highness"))))
}

// difftest: same
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func pump(rw ReadWriter, msgs ...string) {
	for _, m := range msgs {
		rw.Write(m)
	}
}

func main() {
	b := &Buffer{}
	pump(b, "one", "two")
	var r Reader = b
	fmt.Println(r.Read(), b.Read(), b.Read() == "")
	var w Writer = b
	w.Write("three")
	fmt.Println(len(b.data))
}

// difftest: same
// Embedding types of Go's library: a bytes.Buffer whose methods make the
// struct a writer, a sync.Mutex whose Lock and Unlock it gains, and an
// io.Reader whose Read the struct overrides.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type Logger struct {
	bytes.Buffer
	lines int
}

func (l *Logger) Log(s string) {
	l.lines++
	l.WriteString(s + "\n")
}

type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

type Upper struct {
	io.Reader
}

func (u Upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var l Logger
	l.Log("one")
	l.Log("two")
	fmt.Print(l.String())
	fmt.Println(l.lines, l.Len())
	fmt.Fprintf(&l, "three %d\n", 3)
	io.WriteString(&l, "four\n")
	fmt.Printf("%q\n", l.String())
	var sb strings.Builder
	io.Copy(&sb, &l)
	fmt.Printf("%q %d\n", sb.String(), l.Len())
	sc := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.Lock()
			sc.m["k"]++
			sc.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sc.m)
	data, _ := io.ReadAll(Upper{strings.NewReader("shout this")})
	fmt.Println(string(data))
	var r io.Reader = Upper{strings.NewReader("abc")}
	buf := make([]byte, 2)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf[:n]))
}

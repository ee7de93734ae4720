// difftest: same
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type Store interface {
	io.Reader
	WriteTo(name string) error
}

type mem struct {
	r  io.Reader
	mu sync.Mutex
	n  int
}

func (m *mem) Read(p []byte) (int, error) { return m.r.Read(p) }

func (m *mem) WriteTo(name string) error {
	m.mu.Lock()
	m.n++
	m.mu.Unlock()
	return nil
}

type wrapped struct {
	Store
	tag string
}

func main() {
	m := &mem{r: strings.NewReader("abc\n")}
	var s Store = m
	io.Copy(os.Stdout, s)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); m.WriteTo("a") }()
	}
	wg.Wait()
	done := make(chan bool)
	go m.WriteTo("b")
	go func() { done <- true }()
	<-done
	w := wrapped{m, "t"}
	w.WriteTo("c")
	func() { defer s.WriteTo("d") }()
	io.Copy(os.Stdout, w)
	m.mu.Lock()
	fmt.Println(m.n >= 5, w.tag)
	m.mu.Unlock()
	var arr []int
	defer func() { fmt.Println("r:", recover()) }()
	m.WriteTo("e")
	_ = arr[3]
}

// difftest: same
package main

// Go by Example, Reading Files, on a file the program writes into a
// temporary folder first: the whole file, Read into a buffer, Seek and
// Read, io.ReadAtLeast, and bufio's Peek.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp(".", "reading")
	check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat")
	check(os.WriteFile(path, []byte("hello\ngo\nfrom a file\n"), 0o644))

	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))

	f, err := os.Open(path)
	check(err)
	defer f.Close()

	b1 := make([]byte, 5)
	n1, err := f.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))

	o2, err := f.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err := f.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))

	_, err = f.Seek(2, io.SeekCurrent)
	check(err)
	_, err = f.Seek(-4, io.SeekEnd)
	check(err)

	o3, err := f.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err := io.ReadAtLeast(f, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))

	_, err = f.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(f)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))

	_, err = io.ReadAtLeast(f, make([]byte, 100), 100)
	fmt.Println(err)
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
}

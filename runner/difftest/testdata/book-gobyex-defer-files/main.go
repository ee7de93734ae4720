// difftest: same
package main

// Go by Example, Defer: create a file, defer its closing, write to it; in
// a temporary folder, with the file read back and each step printed.

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(".", "defer")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "defer.txt")

	func() {
		f := createFile(name)
		defer closeFile(f)
		writeFile(f)
	}()

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}

func createFile(p string) *os.File {
	fmt.Println("creating")
	f, err := os.Create(p)
	if err != nil {
		panic(err)
	}
	return f
}

func writeFile(f *os.File) {
	fmt.Println("writing")
	fmt.Fprintln(f, "data")
}

func closeFile(f *os.File) {
	fmt.Println("closing")
	err := f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("second close:", f.Close() != nil)
}

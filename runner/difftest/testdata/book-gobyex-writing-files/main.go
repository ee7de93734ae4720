// difftest: same
package main

// Go by Example, Writing Files, in a temporary folder: WriteFile, Create
// with Write and WriteString, Sync, and a bufio.Writer flushed at the
// end; then the file read back and its size and mode.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp(".", "writing")
	check(err)
	defer os.RemoveAll(dir)

	d1 := []byte("hello\ngo\n")
	err = os.WriteFile(filepath.Join(dir, "dat1"), d1, 0o644)
	check(err)

	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	defer f.Close()

	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)

	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	f.Sync()

	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes, %d buffered\n", n4, w.Buffered())
	w.Flush()
	fmt.Println("buffered after flush:", w.Buffered())

	for _, name := range []string{"dat1", "dat2"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		check(err)
		fi, err := os.Stat(filepath.Join(dir, name))
		check(err)
		fmt.Printf("%s: %d bytes %v %q\n", fi.Name(), fi.Size(), fi.Mode().IsRegular(), b)
	}

	af, err := os.OpenFile(filepath.Join(dir, "dat1"), os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	fmt.Fprintf(af, "line %d\n", 3)
	af.Close()
	b, _ := os.ReadFile(filepath.Join(dir, "dat1"))
	fmt.Print(string(b))
}

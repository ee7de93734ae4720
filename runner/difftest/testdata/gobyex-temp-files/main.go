// difftest: same
package main

// Go by Example, Temporary Files and Directories, Writing Files, Reading
// Files and Directories: all inside a folder made for the run, in the
// program's own folder, and removed at the end.

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp(".", "sampledir")
	check(err)
	defer os.RemoveAll(dir)
	fmt.Println("temp dir made:", strings.HasPrefix(filepath.Base(dir), "sampledir"))

	f, err := os.CreateTemp(dir, "sample*.txt")
	check(err)
	fmt.Println("temp file:", filepath.Ext(f.Name()), strings.HasPrefix(filepath.Base(f.Name()), "sample"))
	n, err := f.Write([]byte{1, 2, 3, 4})
	fmt.Println("wrote", n, err)
	check(f.Close())

	fname := filepath.Join(dir, "file1")
	check(os.WriteFile(fname, []byte("hello\ngo\n"), 0644))
	w, err := os.Create(filepath.Join(dir, "file2"))
	check(err)
	bw := bufio.NewWriter(w)
	n4, _ := bw.WriteString("buffered\nlines\n")
	fmt.Println("wrote", n4, "bytes buffered")
	bw.Flush()
	w.Sync()
	w.Close()

	dat, err := os.ReadFile(fname)
	check(err)
	fmt.Print(string(dat))
	r, err := os.Open(filepath.Join(dir, "file2"))
	check(err)
	b1 := make([]byte, 5)
	n1, _ := r.Read(b1)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, _ := r.Seek(9, io.SeekStart)
	b2 := make([]byte, 2)
	n2, _ := io.ReadAtLeast(r, b2, 2)
	fmt.Printf("%d bytes @ %d: %s\n", n2, o2, b2)
	r.Close()

	check(os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0755))
	check(os.WriteFile(filepath.Join(dir, "sub", "deeper", "x.txt"), nil, 0600))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "sample") {
			fmt.Println(" ", e.Name(), e.IsDir())
		}
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if !strings.HasPrefix(rel, "sample") {
			fmt.Println("visit", rel, d.IsDir())
		}
		return err
	})
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err), strings.Contains(err.Error(), "no such file or directory"))
	info, err := os.Stat(fname)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), err)
}

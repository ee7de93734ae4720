// difftest: same
package main

// os.Root (Go 1.24): files opened through a root stay inside its folder.

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(".", "root")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "note.txt"), []byte("hi\n"), 0o644)
	r, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println("openroot:", err)
		return
	}
	defer r.Close()
	f, err := r.Open("note.txt")
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	b := make([]byte, 10)
	n, _ := f.Read(b)
	f.Close()
	fmt.Printf("%q\n", b[:n])
	_, err = r.Open("../main.go")
	fmt.Println(err != nil)
}

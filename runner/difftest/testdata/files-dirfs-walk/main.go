// difftest: same
package main

// os.DirFS of a folder the program makes beside itself, walked with
// fs.WalkDir and read with fs.ReadFile, fs.Glob, fs.Stat, fs.ReadDir and
// fs.Sub; %T of it, and the errors of a missing file and an invalid name.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(".", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("hello"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), []byte("world!"), 0o644)
	fsys := os.DirFS(dir)
	fmt.Printf("%T\n", fsys)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			fmt.Println("dir ", p)
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Println("file", p, len(data), string(data))
		return nil
	})
	fmt.Println("err:", err)
	matches, err := fs.Glob(fsys, "a/*.txt")
	fmt.Println(matches, err)
	info, err := fs.Stat(fsys, "a/b/y.txt")
	fmt.Println(info.Name(), info.Size(), err)
	_, err = fs.ReadFile(fsys, "missing.txt")
	fmt.Println(err)
	_, err = fsys.Open("../x")
	fmt.Println(err)
	entries, _ := fs.ReadDir(fsys, "a")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	sub, _ := fs.Sub(fsys, "a")
	b, err := fs.ReadFile(sub, "x.txt")
	fmt.Println(string(b), err)
}

// difftest: same
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing/fstest"
)

func main() {
	// A folder of its own inside the program's folder, removed at the end.
	dir, err := os.MkdirTemp(".", "copied-")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	// os.CopyFS (Go 1.23) writes a file system into a folder.
	src := fstest.MapFS{
		"hello.txt":       &fstest.MapFile{Data: []byte("hello\n"), Mode: 0o644},
		"notes/a.txt":     &fstest.MapFile{Data: []byte("first\n"), Mode: 0o644},
		"notes/deep/b.md": &fstest.MapFile{Data: []byte("# second\n"), Mode: 0o600},
	}
	fmt.Println("copy:", os.CopyFS(dir, src))
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, _ := d.Info()
		fmt.Println(rel, d.IsDir(), info.Mode().Perm())
		return nil
	})
	fmt.Println("walk:", err)
	// Copying again fails on the first file that is there already.
	err = os.CopyFS(dir, src)
	fmt.Println("again:", err != nil, os.IsExist(err) || fs.ErrExist == err)

	// os.Root (Go 1.24) opens only what lies inside its folder.
	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println("open root:", err)
		return
	}
	defer root.Close()
	b, err := root.ReadFile("notes/a.txt")
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(root.WriteFile("new.txt", []byte("made in the root\n"), 0o644))
	b, err = os.ReadFile(filepath.Join(dir, "new.txt"))
	fmt.Printf("%q %v\n", b, err)
	_, err = root.Open("../main.go")
	fmt.Println("escape:", err != nil)
	f, err := os.OpenInRoot(dir, "hello.txt")
	if err == nil {
		st, _ := f.Stat()
		fmt.Println(st.Name(), st.Size())
		f.Close()
	}
	sub, err := fs.ReadFile(root.FS(), "notes/deep/b.md")
	fmt.Printf("%q %v\n", sub, err)
}

// difftest: same
package main

// The os package's examples, in a folder of the program's own: MkdirAll,
// WriteFile and ReadFile, OpenFile with O_APPEND, Stat and FileMode,
// Chmod, ReadDir sorted by name, Rename, Remove and IsNotExist, and
// Getenv with LookupEnv.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(".", "osexample")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	if err := os.MkdirAll(filepath.Join(dir, "a", "b"), 0o750); err != nil {
		fmt.Println(err)
	}
	for i, name := range []string{"notes.txt", "a/data.csv", "a/b/deep.log"} {
		err := os.WriteFile(filepath.Join(dir, name), []byte(fmt.Sprintf("file %d\n", i)), 0o644)
		fmt.Println(name, err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "notes.txt"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := f.Write([]byte("appended some data\n")); err != nil {
		f.Close()
		fmt.Println(err)
	}
	if err := f.Close(); err != nil {
		fmt.Println(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "notes.txt"))
	fmt.Printf("%q %v\n", data, err)

	fi, err := os.Stat(filepath.Join(dir, "notes.txt"))
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().Perm(), err)
	os.Chmod(filepath.Join(dir, "notes.txt"), 0o600)
	fi, _ = os.Stat(filepath.Join(dir, "notes.txt"))
	fmt.Println(fi.Mode(), fi.Mode().IsRegular())
	di, _ := os.Stat(filepath.Join(dir, "a"))
	fmt.Println(di.IsDir(), di.Mode().IsDir(), di.Mode()&fs.ModeDir != 0)

	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir())
	}
	err = os.Rename(filepath.Join(dir, "notes.txt"), filepath.Join(dir, "renamed.txt"))
	fmt.Println(err)
	_, err = os.Stat(filepath.Join(dir, "notes.txt"))
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	err = os.Remove(filepath.Join(dir, "a"))
	fmt.Println(err != nil)
	var count int
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			count++
		}
		return nil
	})
	fmt.Println("files:", count)

	os.Setenv("BOOK_EXAMPLE", "set")
	fmt.Println(os.Getenv("BOOK_EXAMPLE"))
	v, ok := os.LookupEnv("BOOK_EXAMPLE_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	os.Unsetenv("BOOK_EXAMPLE")
	fmt.Printf("%q\n", os.Getenv("BOOK_EXAMPLE"))
	fmt.Println(os.ExpandEnv("$NO_SUCH_VAR_FOR_BOOK/x"), os.Expand("$a-$b", func(k string) string { return k + k }))
}

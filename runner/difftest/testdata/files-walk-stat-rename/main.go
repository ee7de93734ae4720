// difftest: same

// Files in a temporary folder of its own: MkdirAll, WriteFile, append with
// OpenFile, WalkDir, Stat and its mode, a missing file's *fs.PathError,
// ReadDir, Rename, Glob and filepath's helpers.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(".", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	dir = filepath.Clean(dir)
	rel := func(p string) string { return strings.Replace(p, dir, "DIR", 1) }
	if err = os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0o755); err != nil {
		fmt.Println(err)
		return
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("hello\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("bye bye\n"), 0o600)
	f, _ := os.OpenFile(filepath.Join(dir, "a.txt"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("more\n")
	f.Close()
	data, err := os.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q %v\n", data, err)
	var names []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		names = append(names, fmt.Sprintf("%s dir=%t size=%d", rel(p), d.IsDir(), map[bool]int64{true: 0, false: info.Size()}[d.IsDir()]))
		return nil
	})
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n)
	}
	st, _ := os.Stat(filepath.Join(dir, "sub", "b.txt"))
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.Mode().Perm(), st.IsDir())
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(rel(err.Error()), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, rel(pe.Path), pe.Err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println(os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")))
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for i := range matches {
		matches[i] = rel(matches[i])
	}
	fmt.Println(matches, filepath.Ext("x/y.tar.gz"), filepath.Base("/a/b/"), filepath.Clean("a//b/../c"))
	err = os.Remove(dir)
	fmt.Println(err != nil)
}

// difftest: same

package main

// filepath.Glob and WalkDir with SkipDir over a tree the program makes in
// a temporary folder, os.ReadDir's entries, and a bad pattern's error.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp(".", "globtest")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"a.txt", "b.txt", "c.log", "sub/d.txt", "sub/deep/e.txt"} {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(n), 0o644)
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, x := range m {
		rel, _ := filepath.Rel(dir, x)
		fmt.Println("glob", rel)
	}
	var found []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "deep" {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(dir, p)
		found = append(found, fmt.Sprintf("%s dir=%v", rel, d.IsDir()))
		return nil
	})
	sort.Strings(found)
	fmt.Println(found)
	ents, _ := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsRegular(), info.Size())
	}
	_, err = os.Stat(filepath.Join(dir, "nope"))
	rel, _ := filepath.Rel(".", dir)
	fmt.Println(err != nil, os.IsNotExist(err), len(rel) > 0)
	_, err = filepath.Match("[", "x")
	fmt.Println(err)
}

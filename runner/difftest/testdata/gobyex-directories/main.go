// difftest: same
package main

// Go by Example, Directories: make a tree of folders and files, list
// one folder, change into another and back, and walk the whole tree;
// all inside a folder made for the run and removed at the end.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	top, err := os.MkdirTemp(".", "subdir")
	check(err)
	defer os.RemoveAll(top)

	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(top, "file1"))
	err = os.MkdirAll(filepath.Join(top, "parent", "child"), 0755)
	check(err)
	createEmptyFile(filepath.Join(top, "parent", "file2"))
	createEmptyFile(filepath.Join(top, "parent", "file3"))
	createEmptyFile(filepath.Join(top, "parent", "child", "file4"))

	c, err := os.ReadDir(filepath.Join(top, "parent"))
	check(err)
	fmt.Println("Listing parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	wd, _ := os.Getwd()
	err = os.Chdir(filepath.Join(top, "parent", "child"))
	check(err)
	c, err = os.ReadDir(".")
	check(err)
	fmt.Println("Listing parent/child")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	check(os.Chdir(wd))

	fmt.Println("Visiting", filepath.Base(top) != "")
	err = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(top, p)
		fmt.Println(" ", rel, d.IsDir())
		return nil
	})
	fmt.Println(err)
	err = os.Mkdir(filepath.Join(top, "parent"), 0755)
	fmt.Println(os.IsExist(err))
	err = os.Remove(filepath.Join(top, "parent"))
	fmt.Println(err != nil)
	check(os.Rename(filepath.Join(top, "file1"), filepath.Join(top, "renamed")))
	_, err = os.Stat(filepath.Join(top, "renamed"))
	fmt.Println(err)
}

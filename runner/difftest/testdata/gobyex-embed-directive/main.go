// difftest: same
package main

// Go by Example, Embed Directive: files of the program's folder embedded
// at build time into a string, a []byte and an embed.FS.

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed folder/single_file.txt
var fileString string

//go:embed folder/single_file.txt
var fileByte []byte

//go:embed folder/single_file.txt
//go:embed folder/*.hash
var folder embed.FS

func main() {
	print(fileString)
	print(string(fileByte))

	content1, _ := folder.ReadFile("folder/file1.hash")
	print(string(content1))
	content2, _ := folder.ReadFile("folder/file2.hash")
	print(string(content2))

	fmt.Print(fileString)
	fmt.Println(len(fileByte))
	entries, err := folder.ReadDir("folder")
	fmt.Println(err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = folder.ReadFile("folder/missing.txt")
	fmt.Println(err)
	fs.WalkDir(folder, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk:", p)
		return err
	})
	matches, _ := fs.Glob(folder, "folder/*.hash")
	fmt.Println(matches)
}

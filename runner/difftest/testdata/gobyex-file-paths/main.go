// difftest: same
package main

// Go by Example, File Paths: building, splitting and cleaning paths with
// path/filepath, matching names, and the slash-only path package.

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))

	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))

	rel, err := filepath.Rel("a/b", "a/b/t/file")
	if err != nil {
		panic(err)
	}
	fmt.Println(rel)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println(err)

	dir, file := filepath.Split("/usr/local/go/bin/gofmt")
	fmt.Printf("%q %q\n", dir, file)
	for _, c := range []string{"a//b/./c/..", "/../x", "", "./", "a/b/../../.."} {
		fmt.Printf("Clean(%q) = %q\n", c, filepath.Clean(c))
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt/bin"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator))
	fmt.Println(filepath.VolumeName("/x"), filepath.IsLocal("a/b"), filepath.IsLocal("../a"))

	for _, pat := range []string{"*.go", "main.?o", "[a-m]*", "*/*"} {
		ok, err := filepath.Match(pat, "main.go")
		fmt.Println(pat, ok, err)
	}
	_, err = filepath.Match("[", "x")
	fmt.Println(err)

	fmt.Println(path.Join("a", "b/", "../c"), path.Base("/a/b/"), path.Dir("a"), path.Ext("x.tar.gz"))
	fmt.Println(path.Clean("/a/./b/../../.."), path.IsAbs("/x"))
	matches, err := filepath.Glob("*.go")
	fmt.Println(matches, err)
}

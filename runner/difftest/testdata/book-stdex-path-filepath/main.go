// difftest: same
package main

// path and path/filepath's examples: Base, Clean, Dir, Ext, IsAbs, Join,
// Match with its patterns and ErrBadPattern, Split, Rel, SplitList and
// VolumeName, on slash paths.

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	paths := []string{"a/c", "a//c", "a/c/.", "a/c/b/..", "/../a/c", "/../a/b/../././/c", "", "/"}
	for _, p := range paths {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	for _, p := range []string{"/a/b", "/", "", "x/y.tar.gz"} {
		fmt.Printf("%q: base %q dir %q ext %q abs %v\n", p, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "c"), path.Join("a", "../b"), path.Join("", ""))
	for _, m := range [][2]string{{"abc", "b"}, {"*", "abc"}, {"a*/b", "a/c/b"}, {"a*b*c", "abxc"}, {"[a-c]x", "bx"}, {"[", "a"}} {
		ok, err := path.Match(m[0], m[1])
		fmt.Println(m[0], m[1], ok, err)
	}
	dir, file := path.Split("static/myfile.css")
	fmt.Printf("%q %q\n", dir, file)

	fmt.Println(filepath.Join("a", "b/c", "../d"), filepath.Base("/foo/bar/baz.js"), filepath.Dir("/foo/bar/baz.js"), filepath.Ext("index.html"))
	rel, err := filepath.Rel("/a", "/a/b/c")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a", "/b/c")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "b/c")
	fmt.Println(err)
	fmt.Println(filepath.SplitList("/a/bin:/b/bin:/usr/bin"), filepath.VolumeName("/a/b"), filepath.IsAbs("/home/gopher"))
	ok, err := filepath.Match("/home/catch/*", "/home/catch/foo")
	fmt.Println(ok, err)
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), strings.Count(filepath.Clean("a/../../b"), ".."))
	fmt.Println(filepath.Split("/home/arnie/amelia.jpg"))
}

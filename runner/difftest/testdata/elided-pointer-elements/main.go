// difftest: same
// Elements of a map or slice literal of a library type that leave out
// the &T of their pointer type: an in-memory file system for a server's
// files, a list of peers.
package main

import (
	"fmt"
	"io/fs"
	"net"
	"sort"
	"testing/fstest"
)

// Site is the files a server serves, declared as the library's type.
type Site fstest.MapFS

// Peers are the addresses a client tries in turn.
type Peers []*net.TCPAddr

func main() {
	files := fstest.MapFS{
		"index.html":     {Data: []byte("<h1>hi</h1>")},
		"docs/guide.txt": {Data: []byte("read me"), Mode: 0o600},
	}
	b, err := fs.ReadFile(files, "docs/guide.txt")
	fmt.Println(string(b), err)
	names, _ := fs.Glob(files, "*.html")
	fmt.Println(names)

	site := Site{"a.txt": {Data: []byte("A")}, "b.txt": {Data: []byte("BB")}}
	var keys []string
	for name, f := range site {
		keys = append(keys, fmt.Sprint(name, "=", len(f.Data)))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	layers := []fstest.MapFS{{"x": {Data: []byte("1")}}, {"y": {Data: []byte("22")}}}
	for _, l := range layers {
		fs.WalkDir(l, ".", func(path string, d fs.DirEntry, err error) error {
			if !d.IsDir() {
				info, _ := d.Info()
				fmt.Println(path, info.Size())
			}
			return nil
		})
	}

	peers := Peers{{IP: net.IPv4(127, 0, 0, 1), Port: 7000}, {IP: net.IPv6loopback, Port: 7001}}
	for _, p := range peers {
		fmt.Println(p)
	}
	short := []byte("ab")
	n := len(files)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = fstest.MapFS{"c": {Data: []byte{short[n]}}}
}

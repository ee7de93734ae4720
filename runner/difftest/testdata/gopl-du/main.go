// difftest: same
package main

// du1 to du3 of chapter 8 of The Go Programming Language over a small
// tree the program makes in its own folder: walkDir sends the size of
// each file on a channel, recursing into subdirectories; du3 walks each
// root in a goroutine of its own, tracked by a sync.WaitGroup, with a
// counting semaphore around os.ReadDir; and a select with a ticker would
// print progress (left out: it varies). It removes the tree at the end.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// walkDir recursively walks the file tree rooted at dir
// and sends the size of each found file on fileSizes.
func walkDir(dir string, n *sync.WaitGroup, fileSizes chan<- int64) {
	defer n.Done()
	for _, entry := range dirents(dir) {
		if entry.IsDir() {
			n.Add(1)
			subdir := filepath.Join(dir, entry.Name())
			go walkDir(subdir, n, fileSizes)
		} else {
			info, err := entry.Info()
			if err != nil {
				fmt.Fprintf(os.Stderr, "du: %v\n", err)
				continue
			}
			fileSizes <- info.Size()
		}
	}
}

// sema is a counting semaphore for limiting concurrency in dirents.
var sema = make(chan struct{}, 20)

// dirents returns the entries of directory dir.
func dirents(dir string) []os.DirEntry {
	sema <- struct{}{}        // acquire token
	defer func() { <-sema }() // release token
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Println("du:", err)
		return nil
	}
	return entries
}

func printDiskUsage(roots []string, nfiles, nbytes int64) {
	fmt.Printf("%v: %d files  %.1f KB\n", roots, nfiles, float64(nbytes)/1e3)
}

func du(roots []string) {
	fileSizes := make(chan int64)
	var n sync.WaitGroup
	for _, root := range roots {
		n.Add(1)
		go walkDir(root, &n, fileSizes)
	}
	go func() {
		n.Wait()
		close(fileSizes)
	}()
	var nfiles, nbytes int64
	for size := range fileSizes {
		nfiles++
		nbytes += size
	}
	printDiskUsage(roots, nfiles, nbytes) // final totals
}

func main() {
	// A folder of this run's own, so that runs side by side do not share one.
	dir, err := os.MkdirTemp(".", "du-run-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Chdir("..")
	root := "du-tree"
	for i, name := range []string{"a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "d/w.txt", "d/e/v.txt", "top.txt"} {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Println(err)
			return
		}
		os.WriteFile(path, []byte(strings.Repeat("x", 100*(i+1))), 0o644)
	}
	du([]string{root})
	du([]string{filepath.Join(root, "a"), filepath.Join(root, "d")})
	du([]string{filepath.Join(root, "nothing")})
}

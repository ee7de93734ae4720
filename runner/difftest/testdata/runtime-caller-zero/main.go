// difftest: same
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

// where returns the base name of the file and the line it is called on,
// as runtime.Caller(0) finds them.
func where() string {
	_, file, line, ok := runtime.Caller(0)
	return fmt.Sprintf("%s:%d %v", filepath.Base(file), line, ok)
}

func main() {
	fmt.Println(where())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Base(file), filepath.IsAbs(file), line, ok)
	done := make(chan string)
	go func() {
		var f string
		var l int
		_, f, l, _ = runtime.Caller(0)
		done <- fmt.Sprint(filepath.Base(f), ":", l)
	}()
	fmt.Println(<-done)
}

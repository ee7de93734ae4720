// difftest: same
// stderr: panic
package main

// A cleanup function recovers to log and re-panics what it recovered, even
// when nothing panicked: panic(r) with r nil panics since Go 1.21, with
// "panic called with nil argument", and the program ends with status 2
// after the work succeeded.

import (
	"fmt"
	"os"
)

func withCleanup(name string, work func() error) error {
	defer func() {
		r := recover()
		fmt.Printf("cleanup %s (recovered %v)\n", name, r)
		panic(r)
	}()
	return work()
}

func main() {
	err := withCleanup("upload", func() error {
		fmt.Fprintln(os.Stdout, "uploading 3 files")
		return nil
	})
	fmt.Println("not reached", err)
}

// difftest: same
package main

// The Go Programming Language, 7.8: the error interface, errors.New
// values that are never equal, syscall.Errno as an error of a numeric
// type, and fmt.Errorf; with os.IsNotExist's view of an Errno.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	fmt.Println(errors.New("EOF") == errors.New("EOF"))
	var err error = syscall.Errno(2)
	fmt.Println(err.Error())
	fmt.Println(err)
	fmt.Printf("%v %d %T\n", err, err, err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), err == syscall.ENOENT)
	var en syscall.Errno
	wrapped := fmt.Errorf("open config: %w", syscall.EACCES)
	fmt.Println(errors.As(wrapped, &en), en, uintptr(en), os.IsPermission(wrapped), errors.Is(wrapped, fs.ErrPermission))
	for _, e := range []syscall.Errno{syscall.EINTR, syscall.ECONNREFUSED, syscall.EADDRINUSE} {
		fmt.Printf("%d %s %v %v\n", e, e, e.Temporary(), e.Timeout())
	}
}

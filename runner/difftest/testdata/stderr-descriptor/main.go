// difftest: same
// The descriptors of the standard streams, as a program prints them to
// say where its output goes: through the os variables and a slice of
// them.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	streams := []*os.File{os.Stdin, os.Stdout, os.Stderr}
	for i, f := range streams {
		fmt.Println(i, f.Name(), (f).Fd())
	}
}

// difftest: refused os.Stderr.Fd() is 3 in the script process, which keeps descriptor 2 for the Go runtime's reports
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
}

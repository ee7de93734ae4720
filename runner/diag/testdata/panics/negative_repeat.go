// want 12:14 panic: strings: negative Repeat count
package main

import (
	"fmt"
	"strings"
)

func main() {
	n := -1
	fmt.Println("line:")
	fmt.Println(strings.Repeat("-", n))
}

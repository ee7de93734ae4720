// difftest: same
// args: alpha beta 42
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args)-1, "arguments")
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	if n, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		fmt.Println("last is a number:", n*2)
	}
}

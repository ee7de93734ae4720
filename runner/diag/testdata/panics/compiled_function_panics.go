// want 11:8 panic: regexp: Compile\(`\(`\): error parsing regexp
package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println("compiling")
	re := regexp.MustCompile("(")
	fmt.Println(re)
}

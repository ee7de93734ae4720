// want 12:4 panic: slice bounds out of range \[:11\] with length 4
package main

import (
	"fmt"
	"strings"
)

func head(line string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	return line[:strings.Index(line, ":")+9]
}

func main() {
	fmt.Println(head("ab:c"))
}

// want 8:22 panic: slice bounds out of range \[:10\] with length 3
package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(s[1:2], s[2:10])
}

// want 8:2 panic: boom$
package main

import "fmt"

func main() {
	fmt.Println("about to fail")
	panic("boom")
}

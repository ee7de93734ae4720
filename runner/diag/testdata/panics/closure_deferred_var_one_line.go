// want 11:36 panic: index out of range \[4\] with length 2
package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	n := 0
	defer fmt.Println("deferred")
	count := func() { n++ }
	show := func(i int) { fmt.Println(items[i]) }
	defer show(4)
	count()
	show(1)
}

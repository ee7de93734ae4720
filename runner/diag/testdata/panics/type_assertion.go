// want 9:7 panic: interface conversion: .*string, not int
package main

import "fmt"

func main() {
	var v any = "42"
	fmt.Println("got", v)
	n := v.(int)
	fmt.Println(n + 1)
}

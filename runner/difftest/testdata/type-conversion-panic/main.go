// difftest: same
package main

import "fmt"

func main() {
	var v any = "text"
	s, ok := v.(string)
	fmt.Println(s, ok)
	n, ok := v.(int)
	fmt.Println(n, ok)
	fmt.Println(v.(int))
}

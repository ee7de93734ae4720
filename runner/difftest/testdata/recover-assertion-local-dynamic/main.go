// difftest: same
package main

import "fmt"

func main() {
	type local struct{ N int }
	var v any = local{1}
	defer func() { fmt.Println("r:", recover()) }()
	fmt.Println(v.(local).N)
	_ = v.(int)
}

// want 11:17 panic: integer divide by zero
package main

import "fmt"

func main() {
	each := func(f func(int, string)) { f(0, "zero") }
	each(func(n int, _ string) {
		fmt.Println("dividing by", n)
		total := 10
		total = total / n
		fmt.Println(total)
	})
}

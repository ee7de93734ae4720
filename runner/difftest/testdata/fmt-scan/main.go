// difftest: same
package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	total := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		total += v
	}
	fmt.Println("total", total)
	var name string
	var age int
	k, err := fmt.Scanln(&name, &age)
	fmt.Println(k, err)
	k, err = fmt.Scanln(&name, &age)
	fmt.Println(k, err, name, age)
	var a, b int
	k, err = fmt.Sscanf("7x8", "%dx%d", &a, &b)
	fmt.Println(k, err, a*b)
	var w1, w2 string
	fmt.Sscan("  left   right ", &w1, &w2)
	fmt.Println(w1 + "|" + w2)
	_, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(err)
}

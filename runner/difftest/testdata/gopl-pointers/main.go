// difftest: same
package main

// The variables and assignments of chapter 2 of The Go Programming
// Language: a pointer to a local variable that outlives its function,
// incr through a pointer, new(int), tuple assignment in gcd and fib,
// package-level initialization in dependency order, the scope of if-else
// chains and a shadowed variable, and the lifetime of a global pointer
// set in a function.

import (
	"fmt"
	"os"
)

var p = f()

func f() *int {
	v := 1
	return &v
}

func incr(p *int) int {
	*p++ // increments what p points to; does not change p
	return *p
}

func gcd(x, y int) int {
	for y != 0 {
		x, y = y, x%y
	}
	return x
}

func fib(n int) int {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		x, y = y, x+y
	}
	return x
}

var a = b + c // a initialized third, to 3
var b = g()   // b initialized second, to 2, by calling g
var c = 1     // c initialized first, to 1

func g() int { return c + 1 }

var global *int

func h() {
	var x int
	x = 1
	global = &x
}

func main() {
	x := 1
	q := &x         // q, of type *int, points to x
	fmt.Println(*q) // "1"
	*q = 2          // equivalent to x = 2
	fmt.Println(x)  // "2"
	var r, s int
	fmt.Println(&r == &r, &r == &s, &r == nil) // "true false false"
	fmt.Println(f() == f(), *p)                // "false 1"
	v := 1
	incr(&v)              // side effect: v is now 2
	fmt.Println(incr(&v)) // "3" (and v is 3)
	n := new(int)
	fmt.Println(*n, gcd(84, 36), fib(10), a, b, c)
	*n = 2
	fmt.Println(*n)
	h()
	fmt.Println(*global)

	if x := 3; x == 0 {
		fmt.Println(x)
	} else if y := x * 2; x == y {
		fmt.Println(x, y)
	} else {
		fmt.Println(x, y) // "3 6"
	}
	fmt.Println(x) // "2": the x of main
	if f, err := os.Open("no-such-file"); err != nil {
		fmt.Println(f == nil, err)
	}
	medals := []string{"gold", "silver", "bronze"}
	var i, j, k int = 1, 2, 3
	i, j, k = k, i, j
	medals[0], medals[2] = medals[2], medals[0]
	fmt.Println(i, j, k, medals)
}

// difftest: same
package main

// A Tour of Go, Switch: fallthrough, a switch with an init statement on
// runtime.GOOS, cases of expressions, goto to a label, a type switch case
// of two types and continue inside a switch.

import (
	"fmt"
	"runtime"
	"time"
)

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
	default:
		s += "mid "
	}
	return s
}

func main() {
	for _, n := range []int{-1, 0, 5, 500} {
		fmt.Println(n, classify(n))
	}
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("OS X.")
	case "linux":
		fmt.Println("Linux.")
	default:
		fmt.Printf("%s.\n", os)
	}
	today := time.Saturday
	switch time.Saturday {
	case today + 0:
		fmt.Println("Today.")
	case today + 1:
		fmt.Println("Tomorrow.")
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	switch x := interface{}(2.5).(type) {
	case int, float64:
		fmt.Printf("%T %v\n", x, x)
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue
		}
		fmt.Println("i", i)
	}
}

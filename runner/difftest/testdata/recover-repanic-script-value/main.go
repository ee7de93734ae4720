// difftest: same
package main

// A deferred recover that handles only its own panic value and raises
// any other again, as The Go Programming Language's soleTitle does: the
// second panic, of a struct type of the script, reaches main uncaught and
// ends the program with exit status 2.

import "fmt"

type bailout struct{}

type overflow struct{ depth int }

func guard(f func()) {
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{}:
			fmt.Println("bailed out")
		default:
			fmt.Printf("not ours: %v\n", p)
			panic(p)
		}
	}()
	f()
}

func main() {
	guard(func() { panic(bailout{}) })
	guard(func() {})
	guard(func() { panic(overflow{3}) })
	fmt.Println("not reached")
}

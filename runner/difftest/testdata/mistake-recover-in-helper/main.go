// difftest: same
// stderr: panic
package main

// recover stops a panic only when the deferred function calls it itself:
// a deferred literal and a helper deferred by name (defer tryRecover())
// both recover, recover outside a panic returns nil, and the same helper
// called from inside a deferred literal returns nil, so the third panic
// ends the program.

import "fmt"

func tryRecover() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered:", r)
	} else {
		fmt.Println("helper saw nil")
	}
}

func direct() {
	defer func() {
		r := recover()
		fmt.Println("direct recovered:", r)
	}()
	panic("first")
}

func viaDeferHelper() {
	defer tryRecover()
	panic("second")
}

func viaNested() {
	defer func() {
		tryRecover()
		fmt.Println("deferred func goes on")
	}()
	panic("third")
}

func main() {
	direct()
	fmt.Println("after direct")
	viaDeferHelper()
	fmt.Println("after viaDeferHelper")
	fmt.Println(recover())
	viaNested()
	fmt.Println("not reached")
}

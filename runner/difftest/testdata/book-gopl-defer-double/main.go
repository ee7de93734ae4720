// difftest: same
package main

// The Go Programming Language, 5.8 and 5.9: a deferred anonymous function
// that observes and changes a function's named result (double and
// triple), bigSlowOperation's trace with elapsed time checked rather than
// printed, defer in a loop of files closed at the end, and panic with a
// deferred print of the stack's order.

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func double(x int) (result int) {
	defer func() { fmt.Printf("double(%d) = %d\n", x, result) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

func bigSlowOperation() {
	defer trace("bigSlowOperation")()
	time.Sleep(20 * time.Millisecond)
}

func trace(msg string) func() {
	start := time.Now()
	fmt.Printf("enter %s\n", msg)
	return func() { fmt.Printf("exit %s (slow: %v)\n", msg, time.Since(start) >= 20*time.Millisecond) }
}

func f(x int) {
	fmt.Printf("f(%d)\n", x+0/x)
	defer fmt.Printf("defer %d\n", x)
	f(x - 1)
}

func main() {
	_ = double(4)
	fmt.Println(triple(4))
	bigSlowOperation()

	dir, err := os.MkdirTemp(".", "defer")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, name := range []string{"a.txt", "b.txt"} {
		func() {
			f, err := os.Create(filepath.Join(dir, name))
			if err != nil {
				fmt.Println(err)
				return
			}
			defer f.Close()
			fmt.Fprintln(f, name)
		}()
	}
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))

	defer func() {
		if p := recover(); p != nil {
			fmt.Println("recovered:", p)
		}
	}()
	f(3)
}

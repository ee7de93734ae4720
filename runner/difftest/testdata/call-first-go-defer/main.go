// difftest: same
package main

import (
	"fmt"
	"sync"
)

// A logger that defers its summary and starts workers with arguments
// beside a call: Go evaluates both at the statement, calls first, and a
// package's variable as it is then.

var (
	level   = 1
	pending = []string{"boot"}
)

func rotate() int {
	level = 5
	pending = []string{"rotated", "again"}
	return 0
}

func session() {
	defer fmt.Println("level at defer:", level, pending[0])
	defer fmt.Println("after rotate:", pending[0], rotate())
	level = 2
	pending = []string{"late"}
}

func main() {
	session()
	pending = []string{"boot"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func(first string, n int) {
		defer wg.Done()
		fmt.Println("worker got:", first, n)
	}(pending[0], rotate())
	wg.Wait()
	total := 3
	defer fmt.Println("total:", total)
	total = 4
}

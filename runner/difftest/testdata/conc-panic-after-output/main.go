// difftest: same
package main

// Thousands of lines and a partial one, then a goroutine's panic on a nil
// map: all the output comes before the report.

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	for i := 0; i < 3000; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprint(os.Stdout, "partial line without newline")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		var m map[int]int
		m[1] = 1
		wg.Done()
	}()
	wg.Wait()
}

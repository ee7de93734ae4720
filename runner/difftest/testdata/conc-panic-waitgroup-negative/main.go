// difftest: same
// stderr: panic
package main

// One Done too many: sync's panic "sync: negative WaitGroup counter" ends
// the program.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("work")
	}()
	wg.Wait()
	wg.Done()
}

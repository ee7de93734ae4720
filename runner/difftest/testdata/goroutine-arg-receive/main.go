// difftest: same
package main

import (
	"fmt"
	"strings"
	"sync"
)

// A loop that starts a goroutine for each line it receives, the line as
// the goroutine's argument: while the loop waits for the next line, the
// goroutines started before end.
func main() {
	const n = 3000
	lines := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			lines <- fmt.Sprint("line ", i)
		}
	}()
	var mu sync.Mutex
	var wg sync.WaitGroup
	handled, bytes := 0, 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			mu.Lock()
			handled++
			bytes += len(strings.TrimPrefix(line, "line "))
			mu.Unlock()
		}(<-lines)
	}
	wg.Wait()
	fmt.Println("handled", handled, "lines,", bytes, "digits")
}

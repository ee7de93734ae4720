// difftest: same
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
)

// Who calls main, and who calls a goroutine's function? runtime.Caller(1)
// answers with the runtime's own files.
func main() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println("main is at", filepath.Base(file), line, ok)

	_, file, line, ok = runtime.Caller(1)
	fmt.Println("main is called from", filepath.Base(file), line, ok)

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, file, line, ok := runtime.Caller(1)
			results[i] = fmt.Sprintf("goroutine %d started by %s:%d %v", i, filepath.Base(file), line, ok)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}

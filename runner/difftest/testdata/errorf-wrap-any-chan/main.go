// difftest: same
package main

import (
	"errors"
	"fmt"
	"sync"
)

type JobError struct {
	ID  int
	Why string
}

func (e JobError) Error() string { return fmt.Sprintf("job %d: %s", e.ID, e.Why) }

func main() {
	results := make(chan any, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id == 2 {
				results <- JobError{id, "disk full"}
				return
			}
			results <- id * 10
		}(i)
	}
	wg.Wait()
	close(results)
	var errs []error
	for r := range results {
		if _, ok := r.(int); ok {
			continue
		}
		errs = append(errs, fmt.Errorf("worker: %w", r))
	}
	for _, err := range errs {
		var je JobError
		fmt.Println(err, errors.As(err, &je), je.ID)
	}
}

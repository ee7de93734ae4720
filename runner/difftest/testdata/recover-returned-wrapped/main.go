// difftest: same
package main

// A job runner turns a job's panic into a value that it returns, and the
// caller wraps it with %w to add which job failed: Go's fmt.Errorf wraps
// the job's own error, which errors.As finds. Under the interpreter the
// value that recover returned reached %w without its Error method
// (%!w(*struct { Xcode int }=&{2})), until the recover site gave it its
// type back.

import (
	"errors"
	"fmt"
)

type jobError struct{ code int }

func (e *jobError) Error() string { return fmt.Sprintf("job failed with code %d", e.code) }

func step(n int) {
	if n%2 == 0 {
		panic(&jobError{n})
	}
	fmt.Println("step", n, "done")
}

// safely runs step(n) and returns what its panic carried, or nil.
func safely(n int) (failure any) {
	defer func() { failure = recover() }()
	step(n)
	return nil
}

func main() {
	for n := 1; n <= 2; n++ {
		f := safely(n)
		if f == nil {
			continue
		}
		err := fmt.Errorf("job %d: %w", n, f)
		fmt.Println(err)
		var je *jobError
		if errors.As(err, &je) {
			fmt.Println("code:", je.code)
		}
	}
}

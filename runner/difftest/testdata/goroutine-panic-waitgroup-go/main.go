// difftest: same
// stderr: panic
package main

// Workers started with sync.WaitGroup's Go (Go 1.25). One meets a record
// it cannot parse and panics with an error type of the program's.
// WaitGroup.Go recovers the panic and raises it again, so Go's report
// marks it: "panic: record 3: want 2 fields, got 1 [recovered, repanicked]".

import (
	"fmt"
	"strings"
	"sync"
)

type parseError struct {
	line, fields int
}

func (e *parseError) Error() string {
	return fmt.Sprintf("record %d: want 2 fields, got %d", e.line, e.fields)
}

func parse(n int, rec string) string {
	f := strings.Split(rec, ",")
	if len(f) != 2 {
		panic(&parseError{n, len(f)})
	}
	return f[0] + " = " + f[1]
}

func main() {
	records := []string{"a,1", "b,2", "c"}
	var wg sync.WaitGroup
	for i, r := range records[:2] {
		wg.Go(func() { fmt.Println(parse(i+1, r)) })
		wg.Wait()
	}
	wg.Go(func() { fmt.Println(parse(3, records[2])) })
	wg.Wait()
	fmt.Println("not reached")
}

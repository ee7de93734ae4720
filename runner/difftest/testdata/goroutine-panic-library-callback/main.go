// difftest: same
// stderr: panic
package main

// Go's library calls the program back on goroutines the program starts
// with a library function or method: io.Copy reads from the program's
// reader, sync.Once's Do runs its function. A reader that gives up panics
// with an error of the program's, and Go's report is its text:
// "panic: sensor 2: no signal".

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

type sensor struct {
	id    int
	reads int
}

type sensorError struct{ id int }

func (e sensorError) Error() string { return fmt.Sprintf("sensor %d: no signal", e.id) }

func (s *sensor) Read(p []byte) (int, error) {
	s.reads++
	if s.reads > 2 {
		if s.id == 2 {
			panic(sensorError{s.id})
		}
		return 0, io.EOF
	}
	return copy(p, fmt.Sprintf("sensor %d reading %d\n", s.id, s.reads)), nil
}

func main() {
	var once sync.Once
	start := func() { fmt.Println("calibrated") }
	go once.Do(start)
	time.Sleep(20 * time.Millisecond)
	go io.Copy(os.Stdout, &sensor{id: 1})
	time.Sleep(20 * time.Millisecond)
	go io.Copy(os.Stdout, &sensor{id: 2})
	time.Sleep(time.Second) // the reader's panic ends the program first
	fmt.Println("not reached")
}

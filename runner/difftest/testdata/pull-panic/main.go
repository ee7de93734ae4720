// difftest: same
package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrBadRecord = errors.New("bad record")

// records yields parsed records and panics on a bad one, as a reader
// that trusts its input might.
func records(lines ...string) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("records: cleanup")
		for i, l := range lines {
			if l == "" {
				panic(fmt.Errorf("line %d: %w", i+1, ErrBadRecord))
			}
			if !yield(l) {
				return
			}
		}
	}
}

// readAll pulls every record and turns a panic of the sequence into an
// error, as Go hands it to the caller of next.
func readAll(seq iter.Seq[string]) (got []string, err error) {
	next, stop := iter.Pull(seq)
	defer stop()
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	for {
		v, ok := next()
		if !ok {
			return got, nil
		}
		got = append(got, v)
	}
}

// checked panics when it is stopped early, in the cleanup it runs.
func checked(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			panic(fmt.Sprintf("stopped at %d", i))
		}
	}
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T: %v\n", what, r, r)
	}()
	f()
}

func main() {
	got, err := readAll(records("a", "b"))
	fmt.Println(got, err)
	got, err = readAll(records("a", "", "c"))
	fmt.Println(got, err, errors.Is(err, ErrBadRecord))

	next, stop := iter.Pull(checked)
	fmt.Println(next())
	try("stop", stop)
	try("stop again", stop)
	fmt.Println(next())

	// A runtime error in the sequence reaches the caller as Go's.
	nextCell, stopCell := iter.Pull2(func(yield func(int, string) bool) {
		row := []string{"x", "y"}
		for i := 0; i < 3; i++ {
			if !yield(i, row[i]) {
				return
			}
		}
	})
	defer stopCell()
	for {
		var i int
		var cell string
		var ok bool
		try("cell", func() { i, cell, ok = nextCell() })
		if !ok {
			break
		}
		fmt.Println(i, cell)
	}

	// Calling next from inside the sequence is Go's panic.
	var nextSelf func() (int, bool)
	nextSelf, _ = iter.Pull(func(yield func(int) bool) {
		yield(1)
		nextSelf()
	})
	fmt.Println(nextSelf())
	try("next inside", func() { nextSelf() })

	// Not recovered: the program ends as Go ends it, exit status 2.
	nextRecord, stopRecords := iter.Pull(records("", "z"))
	defer stopRecords()
	fmt.Println("before the last pull")
	fmt.Println(nextRecord())
	fmt.Println("not reached")
}

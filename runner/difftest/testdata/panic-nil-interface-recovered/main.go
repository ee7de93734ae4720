// difftest: same
package main

// panic with an interface value that is nil when the program runs: a
// must function handed a nil error, a generic function of an interface type,
// and a nil any. Since Go 1.21 each panics with *runtime.PanicNilError,
// which recover returns, so the jobs still count as failed.

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func must(err error) {
	panic(err) // a bug: err may be nil
}

func raise[T any](v T) {
	panic(v)
}

func job(name string, fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var pn *runtime.PanicNilError
			e, _ := r.(error)
			err = fmt.Errorf("%s: recovered %v (nil panic: %v)", name, r, errors.As(e, &pn))
		}
	}()
	var e error
	if fail {
		e = errors.New("disk full")
	}
	must(e)
	return nil
}

func main() {
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for i, fail := range []bool{true, false, true, false} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := job(fmt.Sprint("job", i), fail)
			mu.Lock()
			lines = append(lines, err.Error())
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	for _, f := range []func(){
		func() { var v any; panic(v) },
		func() { raise[error](nil) },
		func() { raise[fmt.Stringer](nil) },
		func() { raise(0) },
	} {
		func() {
			defer func() {
				r := recover()
				_, isNil := r.(*runtime.PanicNilError)
				fmt.Printf("%v | %T | %v\n", r, r, isNil)
			}()
			f()
		}()
	}
}

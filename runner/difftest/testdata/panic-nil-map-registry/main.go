// difftest: same
// stderr: panic
package main

// A struct's map field is never made: the first write panics with
// "assignment to entry in nil map" while a recovered panic earlier (index
// out of range, turned into an error) has already been reported.

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
)

type Registry struct {
	names []string
	byID  map[int]string
}

func (r *Registry) at(i int) (s string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("at(%d): %v", i, v)
		}
	}()
	return r.names[i], nil
}

func main() {
	r := &Registry{names: []string{"b", "a", "c"}}
	sort.Strings(r.names)
	fmt.Println(r.names, len(r.byID), r.byID[3] == "")
	_, err := r.at(5)
	fmt.Println(err)
	var re runtime.Error
	fmt.Println("runtime error:", errors.As(err, &re))
	for i, n := range r.names {
		r.byID[i] = n
	}
}

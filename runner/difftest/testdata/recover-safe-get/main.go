// difftest: same
package main

import (
	"errors"
	"fmt"
	"runtime"
)

// routes maps a method to the handlers it tries, in order.
var routes = map[string][]string{
	"GET":  {"static", "api", "fallback"},
	"POST": {"api"},
}

// nth returns the i-th handler for method, or the runtime error of the
// lookup as an error, the way a careless helper does it.
func nth(method string, i int) (name string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("route %s #%d: %w", method, i, re)
				return
			}
			panic(r)
		}
	}()
	return routes[method][i], nil
}

// window returns up to n handlers of method from the i-th on.
func window(method string, i, n int) (names []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("window: %v (%T)", r, r)
		}
	}()
	return routes[method][i : i+n], nil
}

func main() {
	for _, q := range []struct {
		method string
		i      int
	}{{"GET", 0}, {"GET", 2}, {"GET", 3}, {"POST", -1}, {"DELETE", 0}} {
		name, err := nth(q.method, q.i)
		var re runtime.Error
		fmt.Printf("%q %v runtime=%v\n", name, err, errors.As(err, &re))
	}
	fmt.Println(window("GET", 1, 2))
	fmt.Println(window("GET", 2, 2))
	fmt.Println(window("POST", 1, 0))
}

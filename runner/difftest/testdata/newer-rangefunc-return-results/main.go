// difftest: same
package main

// A return of several values from inside a loop over an iterator, one of
// them nil or an interface, and named results that a deferred call reads;
// a yield kept and called after its loop is over, which Go refuses with a
// runtime error that a recover sees.

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type User struct {
	Name string
	Age  int
}

func findAdult(users iter.Seq[User]) (u User, err error) {
	defer func() { fmt.Println("  findAdult:", u, err) }()
	for x := range users {
		if x.Age >= 18 {
			return x, nil
		}
	}
	return User{}, errors.New("no adult")
}

func lookup(m map[string]int, want int) (any, bool, error) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if m[k] == want {
			return k, true, nil
		}
	}
	return nil, false, fmt.Errorf("no key for %d", want)
}

var later func(int) bool

func remember(yield func(int) bool) {
	later = yield
	yield(1)
}

func main() {
	kids := []User{{"ann", 9}, {"bob", 12}}
	fmt.Println(findAdult(slices.Values(kids)))
	fmt.Println(findAdult(slices.Values(append(kids, User{"cy", 30}))))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(lookup(m, 2))
	fmt.Println(lookup(m, 5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range remember {
			fmt.Println("body", v)
		}
		later(2)
	}()
}

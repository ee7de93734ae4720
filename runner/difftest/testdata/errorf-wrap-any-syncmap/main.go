// difftest: same
package main

import (
	"errors"
	"fmt"
	"sync"
)

type CacheMiss struct{ Key string }

func (c CacheMiss) Error() string { return "miss " + c.Key }

func main() {
	var m sync.Map
	m.Store("a", CacheMiss{"a"})
	m.Store("b", "bee")
	for _, k := range []string{"a", "b"} {
		v, _ := m.Load(k)
		err := fmt.Errorf("get %s: %w", k, v)
		fmt.Println(err, errors.As(err, new(CacheMiss)))
	}
}

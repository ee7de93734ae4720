// difftest: same
package main

// A cache's lookup wraps what its loader returns, an any that may be an
// error of the script's own type, with %w.

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func load(key string) any {
	if key == "" {
		return NotFound{key}
	}
	return "value of " + key
}

func lookup(key string) (string, error) {
	v := load(key)
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", fmt.Errorf("lookup %q: %w", key, v)
}

func main() {
	fmt.Println(lookup("a"))
	_, err := lookup("")
	var nf NotFound
	fmt.Println(err, errors.As(err, &nf))
}

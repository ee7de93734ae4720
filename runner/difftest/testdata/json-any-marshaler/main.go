// difftest: refused the interpreter hands encoding/json a value of a type with its own MarshalJSON that an interface holds without the method, so it would encode the value's fields
package main

// A status reply whose Level encodes itself as a word, sent as part of a
// map[string]any: Go calls Level's MarshalJSON; the interpreter's value
// in the interface has no such method, and encoding/json would write the
// number instead.

import (
	"encoding/json"
	"fmt"
)

// Level is how busy the server is.
type Level int

// MarshalJSON writes a Level as its word.
func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"idle", "busy"}[l])
}

func main() {
	b, err := json.Marshal(map[string]any{"level": Level(1), "clients": 3})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Level(0)) // a Level itself: Go's way, and socklab's
	fmt.Println(string(b), err)
}

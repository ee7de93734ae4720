// difftest: same
package main

// A status reply whose Level encodes itself as a word, sent as part of a
// map[string]any: Go calls Level's MarshalJSON, where the interpreter's
// value in the interface has no such method, and encoding/json wrote the
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

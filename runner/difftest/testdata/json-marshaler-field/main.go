// difftest: same
package main

// A status reply whose Level field encodes itself as a word: Go calls
// Level's MarshalJSON for the field, where the interpreter's struct holds
// a plain int.

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

// Status is what the server reports.
type Status struct {
	Level   Level
	Clients int
}

func main() {
	b, err := json.Marshal(Status{Level: 1, Clients: 3})
	fmt.Println(string(b), err)
}

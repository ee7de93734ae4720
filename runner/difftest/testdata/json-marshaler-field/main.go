// difftest: refused the interpreter hands encoding/json a struct's field of a type with its own MarshalJSON without the method, so it would encode the field's number
package main

// A status reply whose Level field encodes itself as a word: Go calls
// Level's MarshalJSON for the field; the interpreter's struct has a plain
// int there.

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

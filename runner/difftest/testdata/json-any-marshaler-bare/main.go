// difftest: refused the interpreter keeps a Level converted to any explicitly, or returned as any, without its type, so encoding/json would write its number
package main

// An event whose Level encodes itself as a word, put in a map[string]any
// through a helper that returns any: Go calls Level's MarshalJSON; the
// interpreter hands the helper's result on as the bare number.

import (
	"encoding/json"
	"fmt"
)

// Level is how urgent an event is.
type Level int

// MarshalJSON writes the level as a word.
func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"low", "high"}[l])
}

func field(urgent bool) any {
	if urgent {
		return Level(1)
	}
	return Level(0)
}

func main() {
	event := map[string]any{"what": "disk full", "level": field(true), "raw": any(Level(0))}
	b, err := json.Marshal(event)
	fmt.Println(string(b), err)
}

// difftest: same
package main

// json.MarshalIndent of a Level calls its MarshalJSON, as json.Marshal
// does.

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"idle", "busy"}[l])
}

func main() {
	b, err := json.MarshalIndent(Level(1), "", "  ")
	fmt.Println(string(b), err)
}

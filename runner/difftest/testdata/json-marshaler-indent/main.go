// difftest: refused json.MarshalIndent does not get the interpreter's wrapper with a script type's MarshalJSON, so it would encode the value's number
package main

// json.Marshal of a Level calls its MarshalJSON under socklab as under
// Go; json.MarshalIndent of one does not.

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

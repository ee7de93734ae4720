// difftest: same
package main

// A Level decoded from its word by its own UnmarshalJSON, alone and in a
// slice: Go calls the method, where the interpreter's json.Unmarshal
// failed (json: Unmarshal(non-pointer gostd._encoding_json_Unmarshaler))
// or decoded the word into the int.

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	switch strings.Trim(string(b), `"`) {
	case "idle":
		*l = 0
	case "busy":
		*l = 1
	default:
		return fmt.Errorf("bad level %s", b)
	}
	return nil
}

func main() {
	var l Level
	err := json.Unmarshal([]byte(`"busy"`), &l)
	fmt.Println(l, err)
	var ls []Level
	err = json.Unmarshal([]byte(`["busy","idle"]`), &ls)
	fmt.Println(ls, err)
}

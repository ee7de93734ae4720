// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// A handler answers with a map of Go's values, and declares the reply
// type it decodes into inside the function: no interface ever holds a
// reply, so the map encodes as Go encodes it.

func main() {
	type reply struct {
		OK    bool   `json:"ok"`
		Count int    `json:"count"`
		note  string // unexported: never encoded
	}
	out, err := json.Marshal(map[string]any{"ok": true, "count": 3, "tags": []string{"a", "b"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))
	var r reply
	if err := json.Unmarshal(out, &r); err != nil {
		fmt.Println(err)
		return
	}
	r.note = "seen"
	fmt.Println(r.OK, r.Count, r.note)
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(r)
	enc.Encode(map[string]any{"echo": r.Count})
}

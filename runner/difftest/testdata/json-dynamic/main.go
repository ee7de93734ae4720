// difftest: same
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	msg := map[string]any{
		"type": "join",
		"user": map[string]any{"name": "ann", "age": 30},
		"tags": []any{"a", 1, true, nil, 2.5},
	}
	b, err := json.Marshal(msg)
	fmt.Println(string(b), err)
	var back map[string]any
	json.Unmarshal(b, &back)
	user := back["user"].(map[string]any)
	fmt.Println(back["type"], user["name"], user["age"], back["tags"])
	var list []map[string]string
	err = json.Unmarshal([]byte(`[{"k":"v"},{"a":"b"}]`), &list)
	fmt.Println(list, err)
	var n int
	err = json.Unmarshal([]byte(`"x"`), &n)
	fmt.Println(err)
	raw := json.RawMessage(`{"x":1}`)
	b, _ = json.Marshal(map[string]any{"raw": raw})
	fmt.Println(string(b))
}

// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// A config loader decodes JSON into a map[string]any and reports the
// type of each value; the script's own Config type never goes into an
// interface, so every value there is one of Go's types.

type Config struct {
	Name string
	Port int
}

func main() {
	var raw map[string]any
	err := json.Unmarshal([]byte(`{"name":"echo","port":7,"tags":["a"],"tls":{"on":true},"none":null}`), &raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range []string{"name", "port", "tags", "tls", "none"} {
		v := raw[k]
		fmt.Printf("%s: %T %v kind=%v\n", k, v, reflect.TypeOf(v), kindOf(v))
	}
	c := Config{Name: raw["name"].(string), Port: int(raw["port"].(float64))}
	fmt.Println(c.Name, c.Port)
}

func kindOf(v any) string {
	if v == nil {
		return "nil"
	}
	return reflect.TypeOf(v).Kind().String()
}

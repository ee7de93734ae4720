// difftest: refused %T of a map[string]any or []any that encoding/json made would name the script's type of that form
package main

import (
	"encoding/json"
	"fmt"
)

type Config map[string]any

func (c Config) Get(k string) any { return c[k] }

type Tags []any

func main() {
	var c Config
	json.Unmarshal([]byte(`{"a": {"b": 1}, "t": [1, 2]}`), &c)
	fmt.Printf("%T %T %T\n", c, c["a"], c.Get("t"))
	fmt.Printf("%v %v\n", c["a"], c.Get("t"))
	var t Tags = Tags{1}
	var x any = t
	fmt.Printf("%T\n", x)
}

// difftest: same
package main

// A Counter whose MarshalJSON has a pointer receiver: json.Marshal(&c)
// calls it, json.Marshal(c) encodes the fields (a value in an interface is
// not addressable), where the interpreter's wrapper called the method for
// both.

import (
	"encoding/json"
	"fmt"
)

type Counter struct{ N int }

func (c *Counter) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"count":%d}`, c.N)), nil
}

func main() {
	c := Counter{N: 4}
	b, err := json.Marshal(&c)
	fmt.Println(string(b), err)
	b, err = json.Marshal(c)
	fmt.Println(string(b), err)
}

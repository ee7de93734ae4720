// difftest: same
package main

// json.Marshal of a value of a type with its own MarshalJSON (a value
// receiver, and a pointer one through a pointer), which the interpreter
// hands encoding/json in a wrapper with the method: Go's output, with the
// method's JSON compacted and its HTML escaped, and its errors.

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	if l < 0 || l > 1 {
		return nil, errors.New("no such level")
	}
	return []byte(fmt.Sprintf(`{ "level" : %q }`, [...]string{"<idle>", "busy & loud"}[l])), nil
}

type Counter struct{ N int }

func (c *Counter) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"count": %d}`, c.N)), nil
}

func main() {
	for _, l := range []Level{0, 1, 5} {
		b, err := json.Marshal(l)
		fmt.Println(string(b), err)
		b, err = json.Marshal(&l)
		fmt.Println(string(b), err)
	}
	b, err := json.Marshal(&Counter{N: 7})
	fmt.Println(string(b), err)
}

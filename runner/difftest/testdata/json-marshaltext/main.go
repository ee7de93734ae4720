// difftest: same
package main

// A type that encodes itself as text (encoding.TextMarshaler), which
// encoding/json writes as a JSON string.

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Host string

func (h Host) MarshalText() ([]byte, error) {
	return []byte(strings.ToLower(string(h))), nil
}

func main() {
	b, err := json.Marshal(Host("DB.Local"))
	fmt.Println(string(b), err)
}

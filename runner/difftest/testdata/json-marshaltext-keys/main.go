// difftest: same
package main

// Traffic counters keyed by a protocol that writes itself as text
// (encoding.TextMarshaler): encoding/json calls MarshalText for a map's
// key and for a value, sorts the keys by the text, and writes a key of a
// string type as it is.

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Proto is a transport protocol number.
type Proto int

// MarshalText writes the protocol's name.
func (p Proto) MarshalText() ([]byte, error) {
	switch p {
	case 6:
		return []byte("tcp"), nil
	case 17:
		return []byte("udp"), nil
	}
	return []byte(fmt.Sprintf("proto-%d", int(p))), nil
}

// Host is a host name, written in lower case.
type Host string

// MarshalText writes the name in lower case.
func (h Host) MarshalText() ([]byte, error) {
	return []byte(strings.ToLower(string(h))), nil
}

// Flow is one conversation.
type Flow struct {
	From  Host  `json:"from"`
	Proto Proto `json:"proto"`
	Bytes int   `json:"bytes"`
}

func main() {
	packets := map[Proto]int{17: 40, 6: 120, 1: 3}
	b, err := json.Marshal(packets)
	fmt.Println(string(b), err)
	byHost := map[Host]int{"DB.Local": 2, "web.LOCAL": 5}
	b, err = json.Marshal(byHost)
	fmt.Println(string(b), err)
	flows := []Flow{{"Gateway", 6, 1500}, {"NS1", 17, 80}}
	b, err = json.MarshalIndent(flows, "", " ")
	fmt.Println(string(b), err)
	b, err = json.Marshal(Host("<Admin>"))
	fmt.Println(string(b), err)
}

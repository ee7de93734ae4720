// difftest: same
package main

// A Counter whose MarshalJSON has a pointer receiver. Go's encoder calls
// it only where it can take the value's address: through a pointer, in a
// slice, in a struct reached through a pointer; a value handed to
// json.Marshal, a field of it, an array in it and a map's value it encodes
// by their fields.

import (
	"encoding/json"
	"fmt"
)

// Counter counts requests.
type Counter struct{ N int }

// MarshalJSON writes the count under another key.
func (c *Counter) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"count":%d}`, c.N)), nil
}

// Stats holds counters in several places.
type Stats struct {
	Total  Counter
	Ptr    *Counter
	Pair   [2]Counter
	List   []Counter
	ByPath map[string]Counter
	ByPtr  map[string]*Counter
}

func show(b []byte, err error) { fmt.Println(string(b), err) }

func main() {
	c := Counter{N: 4}
	s := Stats{
		Total:  Counter{1},
		Ptr:    &c,
		Pair:   [2]Counter{{2}, {3}},
		List:   []Counter{{5}},
		ByPath: map[string]Counter{"/": {6}},
		ByPtr:  map[string]*Counter{"/x": {7}, "/y": nil},
	}
	show(json.Marshal(s))
	show(json.Marshal(&s))
	show(json.Marshal([]Stats{s}))
	show(json.Marshal([1]Counter{{8}}))
	show(json.Marshal(&[1]Counter{{9}}))
	show(json.Marshal(c))
	show(json.Marshal(&c))
}

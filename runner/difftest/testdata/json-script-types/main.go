// difftest: same
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Level int

type Meta struct {
	Version int `json:"v"`
	note    string
}

type Item struct {
	Name  string            `json:"name"`
	Price float64           `json:"price,omitempty"`
	Tags  []string          `json:"tags,omitempty"`
	Meta  *Meta             `json:"meta,omitempty"`
	Attrs map[string]Meta   `json:"attrs,omitempty"`
	Level Level             `json:"level"`
	cache map[string]string // never encoded
}

type Envelope struct {
	ID    int    `json:"id"`
	Items []Item `json:"items"`
	owner string
}

type Order struct {
	Meta
	ID    int    `json:"id"`
	Items []Item `json:"items"`
	owner string
}

func main() {
	o := Order{Meta: Meta{Version: 2, note: "n"}, ID: 7, owner: "ann",
		Items: []Item{{Name: "pen", Price: 1.5, Meta: &Meta{1, "x"}, Attrs: map[string]Meta{"a": {3, "y"}}, cache: map[string]string{"k": "v"}}, {Name: "cap"}}}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(o.Items[0], "", "  ")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(&o.Items[1])
	enc.Encode([]*Meta{{4, "z"}, nil})

	var back Envelope
	err = json.Unmarshal(b, &back.Items)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":"x"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"items":[{"name":"a","meta":{"v":"two"}}]}`), &back)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Offset)
	err = json.Unmarshal([]byte(`{"items":[{"level":"high"}]}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`[1]`), &back)
	fmt.Println(err)
	var it Item
	dec := json.NewDecoder(strings.NewReader(`{"name":"ok","price":2} {"name":3}`))
	fmt.Println(dec.Decode(&it), it.Name, it.Price)
	fmt.Println(dec.Decode(&it))
	err = json.Unmarshal([]byte(`{"id":1,"items":[{"name":"b","tags":["t"]}],"owner":"x"}`), &back)
	fmt.Println(err, back.ID, back.Items[0].Tags, back.owner == "")
}

// difftest: same
// encoding/json with types of the program's own that marshal themselves:
// MarshalText and UnmarshalText on a color, in fields, slices and map
// values, and MarshalJSON on a string type.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Palette struct {
	Name   string
	Main   Color
	Others []Color
}

type Upper string

func (u Upper) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToUpper(string(u)))
}

type Doc struct {
	Title Upper
	Tags  []Upper
	Ptr   *Upper
}

func main() {
	p := Palette{"sunset", Color{255, 128, 0}, []Color{{0, 0, 0}, {1, 2, 3}}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var p2 Palette
	err = json.Unmarshal(b, &p2)
	fmt.Println(p2, err)
	u := Upper("ptr")
	d := Doc{"title", []Upper{"a", "b"}, &u}
	b, err = json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]Color{"bg": {1, 1, 1}})
	fmt.Println(string(b), err)
}

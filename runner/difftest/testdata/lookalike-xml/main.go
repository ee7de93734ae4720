// difftest: same
package main

// XML of struct types that look alike, and of a Stringer on int, as
// interfaces, where encoding/xml names each element by its type.

import (
	"encoding/xml"
	"fmt"
)

type Join struct{ Name string }
type Leave struct{ Name string }

type Level int

func (l Level) String() string { return "L" }

func main() {
	for _, v := range []any{Join{"ann"}, Leave{"bob"}, Level(2), []Level{1}} {
		b, err := xml.Marshal(v)
		fmt.Println(string(b), err)
	}
	b, _ := xml.Marshal(Leave{"c"})
	fmt.Println(string(b))
	var l Leave
	fmt.Println(xml.Unmarshal([]byte("<Leave><Name>z</Name></Leave>"), &l), l)
}

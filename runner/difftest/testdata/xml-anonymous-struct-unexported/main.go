// difftest: refused xml.Marshal of a struct type without a name and without XMLName, whose error would spell its unexported field as the interpreter renames it
package main

// A struct literal marshalled to XML without an XMLName field: encoding/xml
// has no element name for a type without a name, and its error spells the
// type, fields and all.

import (
	"encoding/xml"
	"fmt"
)

func main() {
	point := struct {
		X, Y  int
		label string
	}{3, 4, "p"}
	out, err := xml.Marshal(point)
	if err != nil {
		fmt.Println("marshal failed:", err)
		return
	}
	fmt.Println(string(out))
}

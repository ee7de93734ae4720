// difftest: refused asn1.Unmarshal's error for a recipient that is no pointer names the interpreter's form of the type
package main

// A first try at decoding ASN.1 that many students make: the recipient is
// passed by value, which asn1.Unmarshal refuses with an error that names
// its type (main.Point).

import (
	"encoding/asn1"
	"fmt"
)

type Point struct{ X, Y int }

func main() {
	der, err := asn1.Marshal(Point{3, 4})
	if err != nil {
		fmt.Println(err)
		return
	}
	var p Point
	_, err = asn1.Unmarshal(der, p)
	fmt.Println(err)
	_, err = asn1.Unmarshal(der, &p)
	fmt.Println(p, err)
}

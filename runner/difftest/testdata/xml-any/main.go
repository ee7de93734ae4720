// difftest: same
package main

import (
	"encoding/xml"
	"fmt"
)

type Item struct {
	Name string `xml:"name"`
	Qty  int    `xml:"qty"`
}

func main() {
	var v any = Item{"bolt", 3}
	b, err := xml.Marshal(v)
	fmt.Println(string(b), err)
}

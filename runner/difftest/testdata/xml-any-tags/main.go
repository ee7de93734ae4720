// difftest: same
package main

// Messages kept as values of type any, one of whose types has two fields
// of the same element name: encoding/xml's error names the type.

import (
	"encoding/xml"
	"fmt"
)

type Ping struct {
	Seq int `xml:"seq"`
}

type Pong struct {
	Seq  int `xml:"seq"`
	Echo int `xml:"seq"`
}

func main() {
	msgs := []any{Ping{1}, Pong{1, 1}}
	for _, m := range msgs {
		out, err := xml.Marshal(m)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(string(out))
	}
}

// difftest: same
package main

// A registry encoded to XML whole, which encoding/xml cannot encode.

import (
	"encoding/xml"
	"fmt"
)

type Entry struct {
	Addr string
	Up   bool
}

func main() {
	reg := map[string]Entry{"a": {"127.0.0.1:1", true}}
	if _, err := xml.Marshal(reg); err != nil {
		fmt.Println("error:", err)
	}
}

// difftest: refused gob of a struct type without a name with an unexported field, which the interpreter exports, so gob would send it
package main

// A quick status message built as a struct literal, with a lowercase
// field the sender means to keep to itself: gob sends only the exported
// fields, so the receiver's copy has the zero value there.

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
)

func main() {
	status := struct {
		Host   string
		Up     bool
		secret string
	}{"db1", true, "hunter2"}

	var wire bytes.Buffer
	if err := gob.NewEncoder(&wire).Encode(status); err != nil {
		log.Fatal(err)
	}

	var got struct {
		Host   string
		Up     bool
		secret string
	}
	if err := gob.NewDecoder(&wire).Decode(&got); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("host=%s up=%v secret=%q\n", got.Host, got.Up, got.secret)
}

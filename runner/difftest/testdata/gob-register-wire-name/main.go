// difftest: same
package main

// A value of a type declared on a basic type, registered with gob and
// sent in an interface, names its type in the stream as a Go build does
// (main.Port, then the int): the bytes are Go's, to the last one.

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
)

type Port int

type Level uint8

func main() {
	gob.Register(Port(0))
	gob.Register(new(Level))
	var wire bytes.Buffer
	enc := gob.NewEncoder(&wire)
	for _, v := range []map[string]any{{"port": Port(8080)}, {"level": new(Level)}, {"n": 7}} {
		if err := enc.Encode(v); err != nil {
			fmt.Println("encode:", err)
		}
	}
	fmt.Println(wire.Len(), "bytes")
	fmt.Println(hex.EncodeToString(wire.Bytes()))
	for _, name := range []string{"main.Port", "*main.Level"} {
		fmt.Printf("names %s: %v\n", name, bytes.Contains(wire.Bytes(), []byte(name)))
	}
	dec := gob.NewDecoder(&wire)
	for {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			break
		}
		for k, v := range m {
			switch v := v.(type) {
			case Port:
				fmt.Println(k, "is a Port:", int(v))
			case *Level:
				fmt.Println(k, "is a *Level:", *v)
			default:
				fmt.Printf("%s is a %T: %v\n", k, v, v)
			}
		}
	}
}

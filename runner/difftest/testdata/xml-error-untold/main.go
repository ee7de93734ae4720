// difftest: refused encoding/xml's error would name a type that socklab cannot name as Go does
package main

// encoding/xml's errors about types the interpreter makes another: a
// struct a struct literal's type looks like, a type with methods on int
// and one on a slice. (A type declared inside a function, which socklab
// moves to the top level, encoding/xml's error names as Go does.)

import (
	"encoding/xml"
	"fmt"
)

type Entry struct {
	Addr string
}

type Level int

func (l Level) Label() string { return "l" }

type Tags []string

func main() {
	_, err := xml.Marshal(map[string]Entry{})
	fmt.Println(err)
	x := struct{ Addr string }{"a"}
	fmt.Println(x)
	_, err = xml.Marshal(map[string]Level{})
	fmt.Println(err)
	_, err = xml.Marshal(map[string]Tags{})
	fmt.Println(err)
	type Local struct {
		A int `xml:"a"`
		B int `xml:"a"`
	}
	_, err = xml.Marshal(Local{})
	fmt.Println(err)
}

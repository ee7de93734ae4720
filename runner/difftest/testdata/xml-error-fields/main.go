// difftest: same
package main

// The errors of encoding/xml that name a script's type: a TagPathError
// (through a pointer, in a slice, of a nested struct) and an
// UnsupportedTypeError, asserted and printed field by field; a rejected
// tag; decoding into an array.

import (
	"encoding/xml"
	"errors"
	"fmt"
)

type Addr struct {
	Host string `xml:"net>host"`
	Net  string `xml:"net"`
}

type Peer struct {
	Name string
	At   Addr
}

type Entry struct {
	Addr string
	Up   bool
}

type Table struct {
	Name    string
	Entries map[string]Entry
}

type Bad struct {
	N int `xml:"n,attr,chardata"`
}

func main() {
	_, err := xml.Marshal(&Peer{"a", Addr{"h", "tcp"}})
	fmt.Println(err)
	var tpe *xml.TagPathError
	if errors.As(err, &tpe) {
		fmt.Println(tpe.Struct, tpe.Struct.Name(), tpe.Struct.PkgPath(), tpe.Field1, tpe.Tag1, tpe.Field2, tpe.Tag2)
	}
	_, err = xml.Marshal([]Peer{{"b", Addr{}}})
	fmt.Println(err)
	_, err = xml.Marshal(Table{"t", map[string]Entry{"a": {}}})
	fmt.Println(err)
	if ute, ok := err.(*xml.UnsupportedTypeError); ok {
		fmt.Println("unsupported:", ute.Type)
	}
	_, err = xml.Marshal(&map[string]*Entry{})
	fmt.Println(err)
	_, err = xml.MarshalIndent([]map[string]Entry{{}}, "", " ")
	fmt.Println(err)
	_, err = xml.Marshal(Bad{1})
	fmt.Println(err)
	var p Peer
	err = xml.Unmarshal([]byte("<Peer><Name>x</Name></Peer>"), &p)
	fmt.Println(err, errors.As(err, &tpe))
	var arr struct{ L [2]Entry }
	err = xml.Unmarshal([]byte("<x><L><Addr>a</Addr></L></x>"), &arr)
	fmt.Println(err)
}

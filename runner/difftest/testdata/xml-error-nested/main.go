// difftest: same
package main

// encoding/xml's errors about a script's types met inside others: an
// embedded struct, a struct with unexported fields held in a field, in
// an any, in a map of an anonymous struct; a named float and a complex
// number; decoding into a map.

import (
	"encoding/xml"
	"fmt"
)

type Temp float64

type Inner struct {
	A int `xml:"x"`
}

type Outer struct {
	Inner
	B int `xml:"x"`
	C int `xml:"y"`
	D int `xml:"y"`
}

type Hidden struct {
	Name string `xml:"a>b"`
	Also string `xml:"a"`
	note string
}

type Wrap struct {
	H    Hidden
	keep int
}

type Entry struct {
	Addr string
	up   bool
}

type C complex128

func main() {
	_, err := xml.Marshal(map[string]Temp{})
	fmt.Println(err)
	_, err = xml.Marshal(Outer{})
	fmt.Println(err)
	_, err = xml.Marshal(Hidden{})
	fmt.Println(err)
	_, err = xml.Marshal(&Wrap{})
	fmt.Println(err)
	var v any = map[string]Entry{}
	_, err = xml.Marshal(v)
	fmt.Println(err)
	v = []any{Hidden{}}
	_, err = xml.Marshal(v)
	fmt.Println(err)
	_, err = xml.Marshal(struct{ M map[int]Entry }{})
	fmt.Println(err)
	_, err = xml.Marshal(C(1))
	fmt.Println(err)
	var h Hidden
	err = xml.Unmarshal([]byte("<Hidden></Hidden>"), &h)
	fmt.Println(err)
	var e struct{ M map[string]Entry }
	err = xml.Unmarshal([]byte("<x><M></M></x>"), &e)
	fmt.Println(err)
}

// difftest: same
package main

// encoding/xml's errors about a script's types where the program uses
// them otherwise than assigned: a package variable's initialiser, both
// results printed at once, an Encoder's error printed with %T, a
// function's result.

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Entry struct {
	Addr string
	Up   bool
}

type Conf struct {
	A int `xml:"a"`
	B int `xml:"a"`
}

var confOut, confErr = xml.Marshal(Conf{})

func main() {
	fmt.Println(xml.Marshal(map[string]Entry{}))
	fmt.Println(confOut, confErr)
	enc := xml.NewEncoder(os.Stdout)
	if err := enc.Encode(Entry{"a", true}); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	err := enc.Encode([]map[int]Entry{{}})
	fmt.Printf("%v %T\n", err, err)
	var e Entry
	err = xml.NewDecoder(os.Stdin).Decode(&e)
	fmt.Println(err, e)
	f := func() error { return xml.Unmarshal([]byte("<x/>"), &struct{ M map[string]Entry }{}) }
	fmt.Println(f())
}

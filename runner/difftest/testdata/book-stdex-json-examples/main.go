// difftest: same
package main

// encoding/json's examples: Marshal of a ColorGroup, Unmarshal of an
// Animal list, a Decoder over a stream of objects, Decoder.Token, Indent
// and Compact, MarshalIndent of a map, Valid, HTMLEscape, and the
// errors of bad input.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type ColorGroup struct {
	ID     int
	Name   string
	Colors []string
}

type Animal struct {
	Name  string
	Order string `json:"order,omitempty"`
	Age   int    `json:"-"`
}

type Message struct {
	Name, Text string
}

func main() {
	group := ColorGroup{ID: 1, Name: "Reds", Colors: []string{"Crimson", "Red", "Ruby", "Maroon"}}
	b, err := json.Marshal(group)
	if err != nil {
		fmt.Println("error:", err)
	}
	os.Stdout.Write(b)
	fmt.Println()

	var jsonBlob = []byte(`[
	{"Name": "Platypus", "Order": "Monotremata", "Age": 3},
	{"Name": "Quoll",    "Order": "Dasyuromorphia"},
	{"name": "Dog"}
]`)
	var animals []Animal
	err = json.Unmarshal(jsonBlob, &animals)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", animals)
	out, _ := json.Marshal(animals)
	fmt.Println(string(out))

	const jsonStream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
	{"Name": "Sam", "Text": "Go fmt who?"}
	{"Name": "Ed", "Text": "Go fmt yourself!"}
`
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	for {
		var m Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}

	dec = json.NewDecoder(strings.NewReader(`{"Message": "Hello", "Array": [1, 2, 3], "Null": null, "Number": 1.234}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Printf("\n")
	}

	var dst bytes.Buffer
	json.Indent(&dst, []byte(`[{"Name": "Alice", "Age": 6}, {"Name": "Bob"}]`), "=", "\t")
	fmt.Println(dst.String())
	dst.Reset()
	json.Compact(&dst, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(dst.String())
	data := map[string]int{"b": 2, "a": 1}
	ind, _ := json.MarshalIndent(data, "", "  ")
	fmt.Println(string(ind))
	fmt.Println(json.Valid([]byte(`{"x":1}`)), json.Valid([]byte(`{"x":1`)))
	var esc bytes.Buffer
	json.HTMLEscape(&esc, []byte(`{"M":"<html>foo &amp; bar</html>"}`))
	fmt.Println(esc.String())

	var g ColorGroup
	fmt.Println(json.Unmarshal([]byte(`{"ID": "one"}`), &g))
	fmt.Println(json.Unmarshal([]byte(`{"ID": 1,}`), &g))
	var n int
	fmt.Println(json.Unmarshal([]byte(`"text"`), &n))
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"two",true,null,{"b":2.5}]}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"])
}

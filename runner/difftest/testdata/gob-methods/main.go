// difftest: refused gob does not see the GobEncode and GobDecode methods of a type the interpreter makes inside a struct field (Reading.Temp), so it sends its fields where Go sends what the method returns
package main

// Types that choose their own gob encoding, as the encoding/gob package's
// example of GobEncoder has it: a Go build calls MarshalBinary and
// UnmarshalBinary (and GobEncode, GobDecode), so the value decoded is
// what the methods make of it.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Vector struct {
	X, Y, Z int
	Label   string
}

func (v Vector) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintln(&b, v.X, v.Y, v.Z, v.Label)
	return b.Bytes(), nil
}

func (v *Vector) UnmarshalBinary(data []byte) error {
	b := bytes.NewBuffer(data)
	_, err := fmt.Fscanln(b, &v.X, &v.Y, &v.Z, &v.Label)
	v.Label += " (unmarshalled)"
	return err
}

type Celsius struct{ Degrees float64 }

func (c Celsius) GobEncode() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", c.Degrees)), nil }

func (c *Celsius) GobDecode(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%fC", &c.Degrees)
	c.Degrees += 0.5
	return err
}

type Reading struct {
	Where string
	Temp  Celsius
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	if err := enc.Encode(Vector{3, 4, 5, "pythagoras"}); err != nil {
		fmt.Println("encode error:", err)
	}
	if err := enc.Encode(Reading{"lab", Celsius{21.25}}); err != nil {
		fmt.Println("encode error:", err)
	}
	dec := gob.NewDecoder(&network)
	var v Vector
	if err := dec.Decode(&v); err != nil {
		fmt.Println("decode error:", err)
	}
	fmt.Println(v.X, v.Y, v.Z, v.Label)
	var r Reading
	if err := dec.Decode(&r); err != nil {
		fmt.Println("decode error:", err)
	}
	fmt.Println(r.Where, r.Temp.Degrees)
}

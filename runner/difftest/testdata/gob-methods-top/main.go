// difftest: same
package main

// encoding/gob's own example of a type that encodes itself: Vector's
// MarshalBinary and UnmarshalBinary, and a Celsius with GobEncode and
// GobDecode sent by its address, as a Go build sends them (the stream's
// length is a Go build's own, the descriptions named Vector and none),
// and decoded back by the methods.

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
)

type Vector struct {
	x, y, z int
}

func (v Vector) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintln(&b, v.x, v.y, v.z)
	return b.Bytes(), nil
}

func (v *Vector) UnmarshalBinary(data []byte) error {
	b := bytes.NewBuffer(data)
	_, err := fmt.Fscanln(b, &v.x, &v.y, &v.z)
	return err
}

type Celsius struct{ Degrees float64 }

func (c Celsius) GobEncode() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", c.Degrees)), nil }

func (c *Celsius) GobDecode(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%fC", &c.Degrees)
	c.Degrees += 0.5
	return err
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	err := enc.Encode(Vector{3, 4, 5})
	if err != nil {
		log.Fatal("encode:", err)
	}
	c := Celsius{21.25}
	if err := enc.Encode(&c); err != nil {
		log.Fatal("encode:", err)
	}
	if err := enc.Encode(Vector{6, 8, 10}); err != nil {
		log.Fatal("encode:", err)
	}
	fmt.Println(network.Len(), "bytes")
	dec := gob.NewDecoder(&network)
	var v Vector
	if err := dec.Decode(&v); err != nil {
		log.Fatal("decode:", err)
	}
	fmt.Println(v)
	var back Celsius
	if err := dec.Decode(&back); err != nil {
		log.Fatal("decode:", err)
	}
	fmt.Println(back.Degrees)
	if err := dec.Decode(&v); err != nil {
		log.Fatal("decode:", err)
	}
	fmt.Println(v)
	var wrong Celsius
	fmt.Println(dec.Decode(&wrong))
}

// difftest: same
package main

// ASN.1 over a pipe, as in Network Programming with Go: a sensor reading
// whose temperature is a type on float64, which encoding/asn1 cannot
// marshal, sent first by pointer (a common slip), then fixed; the
// receiver's errors for a value of the wrong tag name the script's types.

import (
	"encoding/asn1"
	"errors"
	"fmt"
	"io"
	"net"
)

type Celsius float64

type Version int

type Reading struct {
	Sensor string
	Temp   Celsius
}

type Fixed struct {
	V      Version
	Sensor string
	Tenths int
}

type Point struct{ X, Y int }

func main() {
	r := Reading{"s1", 21.5}
	_, err := asn1.Marshal(&r)
	fmt.Println(err)
	_, err = asn1.Marshal(r)
	fmt.Println(err)
	var se asn1.StructuralError
	fmt.Println(errors.As(err, &se))

	a, b := net.Pipe()
	go func() {
		der, err := asn1.Marshal(Fixed{V: 1, Sensor: r.Sensor, Tenths: int(r.Temp * 10)})
		if err != nil {
			fmt.Println(err)
		}
		a.Write(der)
		a.Close()
	}()
	der, _ := io.ReadAll(b)
	var f Fixed
	rest, err := asn1.Unmarshal(der, &f)
	fmt.Printf("%+v %d %v\n", f, len(rest), err)

	text, _ := asn1.Marshal("not a number")
	var v Version
	_, err = asn1.Unmarshal(text, &v)
	fmt.Println(err)
	var p Point
	_, err = asn1.Unmarshal(text, &p)
	fmt.Println(err)
	_, err = asn1.UnmarshalWithParams(text, &p, "explicit,tag:1")
	fmt.Println(err)
}

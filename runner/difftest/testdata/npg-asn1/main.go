// difftest: same
package main

// ASN.1 as chapter 4 of Network Programming with Go uses it: marshal
// values to DER, look at the bytes, unmarshal them back, and a daytime
// server that sends the time as an ASN.1 UTCTime.

import (
	"encoding/asn1"
	"fmt"
	"io"
	"net"
	"time"
)

type Record struct {
	Name  string
	Age   int
	Email string `asn1:"ia5"`
	Tags  []string
}

func main() {
	mdata, err := asn1.Marshal(13)
	fmt.Printf("%v % x\n", err, mdata)
	var n int
	_, err = asn1.Unmarshal(mdata, &n)
	fmt.Println("After marshal/unmarshal:", n, err)

	s, _ := asn1.Marshal("hello")
	fmt.Printf("% x\n", s)
	var back string
	rest, err := asn1.Unmarshal(s, &back)
	fmt.Println(back, len(rest), err)

	r := Record{"Ann", 31, "ann@example.org", []string{"a", "bc"}}
	b, err := asn1.Marshal(r)
	fmt.Printf("%d bytes, err %v\n%x\n", len(b), err, b)
	var r2 Record
	_, err = asn1.Unmarshal(b, &r2)
	fmt.Printf("%+v %v\n", r2, err)

	var wrong string
	_, err = asn1.Unmarshal(mdata, &wrong)
	fmt.Println("wrong type:", err)
	_, err = asn1.Unmarshal([]byte{0x02, 0x05, 1}, &n)
	fmt.Println("short:", err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		t := time.Date(2020, 2, 29, 23, 59, 58, 0, time.UTC)
		data, _ := asn1.Marshal(t)
		c.Write(data)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	result, _ := io.ReadAll(c)
	var when time.Time
	_, err = asn1.Unmarshal(result, &when)
	fmt.Println("After marshal/unmarshal:", when.String(), err)
}

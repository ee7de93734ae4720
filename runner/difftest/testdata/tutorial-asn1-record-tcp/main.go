// difftest: same
package main

// Network Programming with Go, ASN.1: a record with a UTF8 string, a time,
// a bit string, a sequence and an explicit optional tag, marshalled by a
// server and unmarshalled by its client over loopback.

import (
	"encoding/asn1"
	"fmt"
	"net"
	"time"
)

type Record struct {
	Serial  int
	Name    string `asn1:"utf8"`
	When    time.Time
	Flags   asn1.BitString
	Tags    []string `asn1:"printable"`
	Version int      `asn1:"optional,explicit,tag:0,default:1"`
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		r := Record{42, "Zoë", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), asn1.BitString{Bytes: []byte{0xA0}, BitLength: 3}, []string{"a", "b"}, 2}
		b, err := asn1.Marshal(r)
		if err != nil {
			fmt.Println(err)
			return
		}
		c.Write(b)
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	buf := make([]byte, 512)
	total := 0
	for {
		n, err := c.Read(buf[total:])
		total += n
		if err != nil {
			break
		}
	}
	fmt.Printf("% x\n", buf[:total])
	var r Record
	rest, err := asn1.Unmarshal(buf[:total], &r)
	fmt.Println(len(rest), err)
	fmt.Printf("%+v\n", r)
	fmt.Println(r.When.Format(time.RFC3339), r.Flags.At(0), r.Flags.At(1))
	var s string
	_, err = asn1.Unmarshal(buf[:total], &s)
	fmt.Printf("%v %T\n", err, err)
	oid := asn1.ObjectIdentifier{1, 2, 840, 113549}
	ob, _ := asn1.Marshal(oid)
	fmt.Printf("%x %v\n", ob, oid)
}

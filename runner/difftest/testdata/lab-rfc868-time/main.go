// difftest: same
package main

// The Time protocol (RFC 868) on a port of the program's own: the server
// sends the seconds since 1900 as a 32-bit big-endian number and closes.
// Its clock is fixed here, so the run is the same every time; the client
// converts the number back to a time.Time.

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"time"
)

// epochOffset is the number of seconds from 1900-01-01 to 1970-01-01.
const epochOffset = 2208988800

type clock func() time.Time

func serve(ln net.Listener, now clock) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(now().Unix()+epochOffset))
		c.Write(b[:])
		c.Close()
	}
}

func main() {
	fixed := time.Date(2024, time.March, 14, 15, 9, 26, 0, time.UTC)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go serve(ln, func() time.Time { return fixed })

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	var secs uint32
	if err := binary.Read(c, binary.BigEndian, &secs); err != nil {
		fmt.Println("read:", err)
		return
	}
	_, err = c.Read(make([]byte, 1))
	fmt.Println("after the number:", err == io.EOF)
	t := time.Unix(int64(secs)-epochOffset, 0).UTC()
	fmt.Println(secs, t)
	fmt.Println(t.Format(time.RFC1123), t.Weekday(), t.YearDay())
	fmt.Println(t.Sub(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() > 0, t.Equal(fixed))
}

// difftest: same
package main

// A type switch with a case of an interface the script declares, given
// errors of Go's library from a real UDP read on loopback that times out
// and from parsing an address: a Go build matches the case by the
// dynamic value's methods.

import (
	"fmt"
	"net"
	"strconv"
	"time"
)

type timeouter interface {
	Timeout() bool
}

type unwrapper interface{ Unwrap() error }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case timeouter:
		return "timeouter " + strconv.FormatBool(e.Timeout())
	case unwrapper:
		return "wraps " + e.Unwrap().Error()
	default:
		return "other " + err.Error()
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer pc.Close()
	pc.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 16)
	_, _, rerr := pc.ReadFrom(buf)
	_, perr := strconv.Atoi("x1")
	for _, err := range []error{rerr, perr, fmt.Errorf("plain"), nil} {
		fmt.Println(describe(err))
	}
	switch err := perr.(type) {
	case interface{ Timeout() bool }, unwrapper:
		fmt.Println("listed", err != nil)
	}
}

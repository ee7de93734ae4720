// difftest: same
package main

// Printing a connection's record whose unexported fields hold values of
// Go's library with methods fmt calls (a time.Duration, a net.IP, an
// error that holds a syscall.Errno): Go's fmt calls no method of what it
// reaches through an unexported field and prints the value as it is
// (1500000000, [127 0 0 1], 111), and calls them for the exported fields
// beside them (1.5s, 127.0.0.1, connection refused).

import (
	"fmt"
	"net"
	"syscall"
	"time"
)

type record struct {
	Peer    net.IP
	Timeout time.Duration
	Err     error
	peer    net.IP
	timeout time.Duration
	err     error
	tries   []time.Duration
}

type attempt struct {
	Host string
	rec  record
}

func main() {
	ip := net.IPv4(127, 0, 0, 1).To4()
	r := record{ip, 1500 * time.Millisecond, syscall.ECONNREFUSED, ip, 1500 * time.Millisecond, syscall.ECONNREFUSED,
		[]time.Duration{time.Second, 2 * time.Second}}
	fmt.Println(r)
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Println(attempt{"localhost", r})
	fmt.Println(r.timeout, r.err, r.tries)
}

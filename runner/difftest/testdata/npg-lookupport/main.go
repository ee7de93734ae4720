// difftest: same
package main

// Services and ports, as Network Programming with Go looks them up:
// net.LookupPort knows the well-known ports of the common services
// (from /etc/services, or Go's own list where that file is missing),
// and a number is its own port.

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"http", "https", "domain", "80", "65535"} {
		port, err := net.LookupPort("tcp", s)
		if err != nil {
			fmt.Println("Error:", err)
			continue
		}
		fmt.Println("Service port", s, port)
	}
	_, err := net.LookupPort("tcp", "no-such-service-here")
	fmt.Println(err)
	_, err = net.LookupPort("tcp", "70000")
	fmt.Println(err)
	_, err = net.LookupPort("sctp", "http")
	fmt.Println(err)
}

// want 9:2 listen on 127\.0\.0\.1:\d+: address already in use
package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	first := sock.Listen("127.0.0.1:0")
	addr := first.Addr().String()
	sock.Listen(addr)
}

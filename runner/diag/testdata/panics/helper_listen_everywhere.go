// want 12:8 listen on 0\.0\.0\.0:0: 0\.0\.0\.0 is not a loopback address
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	fmt.Println("starting")
	ln := sock.Listen("0.0.0.0:0")
	defer ln.Close()
}

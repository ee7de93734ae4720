// difftest: same
// args: -port abc
package main

import (
	"flag"
	"fmt"
)

func main() {
	port := flag.Int("port", 8080, "port to listen on")
	name := flag.String("name", "srv", "server name")
	flag.Parse()
	fmt.Println("port", *port, *name, flag.Args())
}

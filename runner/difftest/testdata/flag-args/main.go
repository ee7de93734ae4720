// difftest: same
// args: -port 9000 -v extra1 extra2
package main

import (
	"flag"
	"fmt"
)

func main() {
	port := flag.Int("port", 8080, "port to listen on")
	verbose := flag.Bool("v", false, "verbose")
	var name string
	flag.StringVar(&name, "name", "server", "name")
	flag.Parse()
	fmt.Println(*port, *verbose, name, flag.NArg(), flag.Args())
}

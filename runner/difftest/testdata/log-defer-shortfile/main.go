// difftest: same
package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	defer log.Println("done")
	log.Println("working")
}

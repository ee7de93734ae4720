// difftest: refused log.Println taken as a value prints the interpreter's file and line with log.Lshortfile
package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	say := log.Println
	say("hello")
}

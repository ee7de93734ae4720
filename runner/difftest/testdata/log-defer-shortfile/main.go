// difftest: refused defer log.Println(...) logs, with log.Lshortfile, the line where the function returns, which socklab cannot find under the interpreter
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

// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

type status int

func (s status) String() string { return [...]string{"down", "up"}[s] }

func main() {
	l := log.New(os.Stdout, "[srv] ", 0)
	l.Println("starting", status(1))
	l.Printf("port %d is %v", 8080, status(0))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("to stdout now ", status(1))
	fmt.Println(l.Prefix(), log.Flags())
	log.Panicf("giving up: %v", status(0))
}

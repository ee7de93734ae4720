// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

type Card struct{ Rank int }

func (c Card) String() string { return fmt.Sprintf("#%d", c.Rank) }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	say := log.Println
	say("card", Card{1})
	l := log.New(os.Stdout, "> ", 0)
	lp := l.Printf
	lp("%v %s", Card{2}, Card{3})
	fns := []func(...any){log.Print, l.Println}
	for _, f := range fns {
		f(Card{4}, "x")
	}
}

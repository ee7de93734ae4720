// difftest: same
// Deferred printing calls in a loop, with a format from a map and an
// argument of the script's type that changes after each defer: Go prints
// each with the values of its own iteration (a pointer as it is at the end).
package main

import (
	"fmt"
	"log"
	"os"
)

type state struct{ n int }

func (s state) String() string { return fmt.Sprintf("state(%d)", s.n) }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	formats := map[string]string{"done": "done: %v\n", "log": "log %d: %v"}
	st := state{1}
	for i := 0; i < 2; i++ {
		defer fmt.Printf(formats["done"], st)
		defer log.Printf(formats["log"], i, st)
		defer fmt.Fprintf(os.Stdout, formats["done"], &st)
		st.n++
	}
}

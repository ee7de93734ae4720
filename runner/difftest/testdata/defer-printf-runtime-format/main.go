// difftest: refused a deferred printing call with a format that is not a constant and an argument of the script's type that changes after the defer
package main

import "fmt"

type state struct{ n int }

func (s state) String() string { return fmt.Sprintf("state(%d)", s.n) }

func main() {
	formats := map[string]string{"done": "done: %v\n"}
	st := state{1}
	for i := 0; i < 2; i++ {
		defer fmt.Printf(formats["done"], st)
		st.n++
	}
}

// difftest: same
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

type Pt struct{ X int }

func (p Pt) String() string { return fmt.Sprint("pt", p.X) }

func main() {
	report := func(err error) {
		var nf *NotFound
		fmt.Println("report:", err, errors.As(err, &nf))
	}
	report(&NotFound{"k"})
	show := func(s fmt.Stringer) { fmt.Println("show:", s.String()) }
	show(Pt{1})
	handlers := []func(error){report}
	handlers[0](&NotFound{"z"})
}

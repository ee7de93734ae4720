// difftest: same
// Two report functions each declare a row type of one name, with other
// fields, and print their rows with %v and %+v: Go prints each by its own
// fields, and calls the Stringer one of them holds.
package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func users() {
	type row struct {
		ID   int
		Name string
	}
	for _, r := range []row{{1, "ann"}, {2, "bo"}} {
		fmt.Printf("%v %+v\n", r, r)
	}
}

func sales() {
	type row struct {
		Item  string
		Price Money
	}
	for _, r := range []row{{"tea", 250}, {"cake", 1005}} {
		fmt.Println(r)
		fmt.Printf("%+v\n", r)
	}
}

func main() {
	users()
	sales()
	users()
}

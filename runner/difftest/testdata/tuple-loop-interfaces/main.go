// difftest: same
package main

// Values of the program's types going to elements of interface types
// beside other values, in loops: from composite literals and from a
// channel, into a slice and a map.

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	s := make([]fmt.Stringer, 3)
	shapes := map[int]Shape{}
	var n int
	for i := 0; i < 3; i++ {
		s[i], n = T{i}, i
		shapes[i], n = Sq{i + 1}, n+1
	}
	fmt.Println(s, n)
	for k := 0; k < 3; k++ {
		fmt.Print(shapes[k].Area(), " ")
	}
	fmt.Println()
	ch := make(chan Shape, 3)
	for i := 0; i < 3; i++ {
		ch <- Sq{i}
	}
	close(ch)
	var ok bool
	for i := 0; i < 3; i++ {
		shapes[i], ok = <-ch
		fmt.Print(shapes[i].Area(), ok, " ")
	}
	fmt.Println()
}

// difftest: same
// fmt.Append, Appendf and Appendln of values with a Format or a String
// method of the program's own, which they call as Sprint does.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Money int

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100) }

type Oops struct{}

func (Oops) Error() string { return "oops" }

func main() {
	b := fmt.Append(nil, Temp(3), " ", Money(250))
	fmt.Println(string(b))
	b = fmt.Appendf(b[:0], "%v|%s|%d", Temp(1), Money(5), Money(7))
	fmt.Println(string(b))
	b = fmt.Appendln(nil, Temp(2), Oops{})
	fmt.Print(string(b))
	fmt.Fprintln(os.Stdout, Temp(9), Money(1), errors.New("e"), Oops{})
	s := fmt.Sprintln(Temp(4))
	fmt.Print(s)
	var st fmt.Stringer = Temp(5)
	fmt.Println(fmt.Sprintf("%s", st))
}

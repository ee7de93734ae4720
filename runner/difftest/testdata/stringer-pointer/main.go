// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) String() string { return "[" + strings.Join(s.items, " ") + "]" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	s := &Stack{}
	s.Push("a")
	s.Push("b")
	fmt.Println(s)
	fmt.Printf("%v %s\n", s, s)
	fmt.Println(Temp(21.456), Temp(-3))
	fmt.Printf("%.2f\n", float64(Temp(1.005)))
	var st fmt.Stringer = Temp(5)
	fmt.Println(st.String())
	fmt.Println(fmt.Sprint(Temp(1)) + "!")
}

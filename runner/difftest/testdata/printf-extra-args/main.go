// difftest: same
// A student's report passes more arguments than its format has verbs:
// fmt prints the extra ones as %!(EXTRA type=value), naming the script's
// types as Go names them, and calling their String methods.
package main

import "fmt"

type Grade int

func (g Grade) String() string { return [...]string{"F", "C", "A"}[g] }

type Student struct {
	Name  string
	grade Grade
}

func main() {
	s := Student{"ana", 2}
	fmt.Printf("student: %s\n", s.Name, s)
	fmt.Printf("grade %v\n", s.grade, s.grade, 3)
	var anyone any = s
	msg := fmt.Sprintf("%d students", 1, anyone, &s)
	fmt.Println(msg)
}

// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Names has a String method, and the interpreter makes a Names a
// []string at run time, as it makes the []string below; Mode, with a
// method of a pointer receiver, a uint8.
type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Mode uint8

func (m Mode) String() string { return [...]string{"off", "on"}[m] }
func (m *Mode) Toggle()       { *m = 1 - *m }

func team() any  { return Names{"ann", "bob"} }
func plain() any { return []string{"x", "y"} }
func mode() any  { m := Mode(0); m.Toggle(); return m }

func main() {
	fmt.Println(team(), plain(), mode(), uint8(1))
	x := team()
	fmt.Printf("%v %s %T\n", x, x, x)
	var v any = Names{"cy"}
	fmt.Println(v)
	fmt.Println(any(Mode(1)))
}

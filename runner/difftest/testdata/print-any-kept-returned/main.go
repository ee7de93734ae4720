// difftest: same
// A value of a type with a String method that the interpreter makes one
// type with another of the script's values (type Names []string beside a
// []string, type Mode uint8 with a method of a pointer receiver beside a
// uint8), returned as an any, converted with any(x) and built in a
// variable of type any: printed, asserted, switched on, compared, used as
// a map's key and encoded as Go does.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Mode uint8

func (m Mode) String() string { return [...]string{"off", "on"}[m] }
func (m *Mode) Toggle()       { *m = 1 - *m }

func team() any          { return Names{"ann", "bob"} }
func plain() any         { return []string{"x", "y"} }
func mode() any          { m := Mode(0); m.Toggle(); return m }
func both() (any, error) { return Names{"cy", "di"}, nil }

func main() {
	fmt.Println(team(), plain(), mode(), uint8(1))
	x := team()
	fmt.Printf("%v %s %T\n", x, x, x)
	var v any = Names{"cy"}
	fmt.Println(v, any(Mode(1)), any(uint8(1)))
	v = Names{"ed", "flo"}
	fmt.Printf("%v|%-12v|%q\n", v, v, v)
	fmt.Println(mode() == any(Mode(1)), mode() == any(Mode(0)))
	b, err := json.Marshal(map[string]any{"team": team(), "mode": mode()})
	fmt.Println(string(b), err)
	y, _ := both()
	fmt.Println(y, []any{team(), plain(), mode()})
	seen := map[any]int{mode(): 1}
	seen[any(Mode(1))]++
	fmt.Println(seen[mode()], len(seen))
}

// Package game holds the moves that the program prints through interfaces.
package game

import "fmt"

// Move and Throw are struct types of the same fields, which the
// interpreter tells apart by a mark of socklab's.
type Move struct{ Name string }

func (m Move) String() string { return "move " + m.Name }

type Throw struct{ Name string }

func (t *Throw) String() string { return "throw " + t.Name }

// Hand is a slice type with a String method.
type Hand []string

func (h Hand) String() string { return fmt.Sprint(len(h), " cards") }

// Round is a struct without methods that holds a Move.
type Round struct {
	N    int
	Move Move
}

// Pick returns a Move as an any.
func Pick(name string) any { return Move{name} }

// Show prints an any it is given, in this package.
func Show(x any) { fmt.Printf("game sees %v\n", x) }

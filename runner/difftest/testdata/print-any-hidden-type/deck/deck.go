// Package deck hands out values of types it does not export, in
// interfaces.
package deck

import "fmt"

type card struct{ rank, suit string }

func (c card) String() string { return c.rank + " of " + c.suit }

type hand struct{ cards []card }

func (h *hand) String() string { return fmt.Sprint(len(h.cards), " cards") }

type fault int

func (f fault) Error() string { return fmt.Sprint("fault ", int(f)) }

// Card returns a card as an any.
func Card(rank, suit string) any { return card{rank, suit} }

// Hand returns a pointer to a hand, and a hand, as anys.
func Hand(n int) (any, any) {
	h := hand{make([]card, n)}
	return &h, h
}

// Fault returns a fault as an any.
func Fault(n int) any { return fault(n) }

// Cards returns cards as an []any.
func Cards() []any { return []any{card{"ace", "spades"}, &card{"two", "hearts"}} }

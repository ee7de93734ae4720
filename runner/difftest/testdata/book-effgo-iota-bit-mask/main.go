// difftest: same
package main

import "fmt"

type Suit int

const (
	_, _        = iota, iota
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func (s Suit) String() string {
	switch s {
	case Spades:
		return "♠"
	case Hearts:
		return "♥"
	}
	return fmt.Sprintf("Suit(%d)", int(s))
}

func main() {
	fmt.Println(Spades, Hearts, Diamonds, Clubs)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
}

// difftest: same
// stderr: panic

// A file without imports that prints with the builtin println and
// declares a type with a String method, which the program's panic shows.
package main

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string {
	return [...]string{"clubs", "diamonds", "hearts", "spades"}[s]
}

func beats(a, b Suit) bool { return a > b }

func main() {
	println("spades beat hearts:", beats(Spades, Hearts))
	total := 0
	for s := Clubs; s <= Spades; s++ {
		total += int(s)
		println(s, len(s.String()))
	}
	println("total", total)
	panic(Hearts)
}

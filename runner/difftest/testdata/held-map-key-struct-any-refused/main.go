// difftest: refused a map keyed by a struct with fields of type any, which hold values of a type with methods that the interpreter keeps in wrappers the map hashes as they are, so one key stored from two places was two keys
package main

import "fmt"

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Move struct {
	From, To any
}

func main() {
	seen := map[Move]int{}
	seen[Move{Coord{0, 0}, Coord{1, 2}}]++
	seen[Move{Coord{0, 0}, Coord{1, 2}}]++
	fmt.Println(len(seen), seen[Move{Coord{0, 0}, Coord{1, 2}}])
}

// difftest: same
// encoding/json with map keys of the program's own types through
// MarshalText and UnmarshalText, and MarshalJSON on a pointer receiver,
// which a value field does not use and a pointer does.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Coord struct{ X, Y int }

func (c Coord) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", c.X, c.Y)), nil }
func (c *Coord) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &c.X, &c.Y)
	return err
}

type Lang string

func (l Lang) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(l))), nil }

type Temp float64

func (t *Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("\"%.1fC\"", float64(*t))), nil
}

type Reading struct {
	T  Temp
	TP *Temp
}

func main() {
	board := map[Coord]string{{1, 2}: "knight", {0, 0}: "rook"}
	b, err := json.Marshal(board)
	fmt.Println(string(b), err)
	var back map[Coord]string
	err = json.Unmarshal(b, &back)
	fmt.Println(back[Coord{1, 2}], len(back), err)
	b, err = json.Marshal(map[Lang]int{"go": 1, "rust": 2})
	fmt.Println(string(b), err)
	t := Temp(21.5)
	r := Reading{T: 3, TP: &t}
	b, err = json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&r)
	fmt.Println(string(b), err)
}

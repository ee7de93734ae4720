// difftest: same
package main

// Messages of many shapes encoded into a buffer whose bytes the program
// prints: gob describes each struct, slice, array and map type by the
// name Go gives it where gob first meets it (Order, []main.Item,
// map[string]main.Item, none for a map's element), so the hex is a Go
// build's own.

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"time"
)

type Port int

type Item struct {
	SKU   string
	Price float64
}

type Address struct {
	Street, City string
}

type Stock map[string]int

type Node struct {
	Val  int
	Kids []*Node
}

type Order struct {
	ID     int
	Items  []Item
	ByName map[string]Item
	Ship   *Address
	Bill   Address
	Ports  []Port
	Grid   [2][2]int
	Stock  Stock
	Tree   *Node
	When   time.Time
	Pairs  [][]Item
	Backup [3]Address
}

type Ping struct{ Seq int }

// Box is first met as a map's element, Crate as an array's: Go's gob
// names neither, though both are named types.
type Box struct{ Label string }

type Crate struct{ N int }

type Shelf struct {
	Slots map[int]Box
	Row   [2]Crate
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	o := Order{
		ID: 7, Items: []Item{{"tea", 2.5}}, ByName: map[string]Item{"tea": {"tea", 2.5}},
		Ship: &Address{"Main St", "Oslo"}, Ports: []Port{80, 443}, Stock: Stock{"tea": 3},
		Tree: &Node{1, []*Node{{2, nil}}}, When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
		Pairs: [][]Item{{{"a", 1}}},
	}
	show := func(err error) {
		if err != nil {
			fmt.Println("encode:", err)
		}
		fmt.Printf("%d bytes\n", buf.Len())
	}
	show(enc.Encode(o))
	show(enc.Encode(Ping{1}))
	show(enc.Encode(&Ping{2}))
	show(enc.Encode([]Ping{{3}}))
	show(enc.Encode(map[Port]Ping{1: {4}}))
	show(enc.Encode([]Address{{"x", "y"}}))
	show(enc.Encode(Shelf{Slots: map[int]Box{1: {"b"}}, Row: [2]Crate{{1}, {2}}}))
	show(enc.Encode(Box{"again"}))
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	var again bytes.Buffer
	if err := gob.NewEncoder(&again).Encode(o); err != nil {
		fmt.Println(err)
	}
	fmt.Println(again.Len(), hex.EncodeToString(again.Bytes()[:40]))
}

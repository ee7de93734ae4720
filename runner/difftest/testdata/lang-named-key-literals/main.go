// difftest: same

// Maps keyed by a type declared on string, int or float64, indexed,
// incremented and deleted with literal keys, and slices of such a type
// grown by append with literal elements.
package main

import (
	"fmt"
	"slices"
)

type Color string

type Level int

type Price float64

type Inventory struct {
	Stock  map[Color]int
	Labels []Color
}

func main() {
	inv := Inventory{Stock: map[Color]int{"red": 1}}
	inv.Stock["red"] += 4
	inv.Stock["blue"] = 2
	inv.Stock["green"]++
	if n, ok := inv.Stock["blue"]; ok {
		fmt.Println("blue", n)
	}
	delete(inv.Stock, "green")
	fmt.Println(inv.Stock["red"], inv.Stock["green"], len(inv.Stock))

	inv.Labels = append(inv.Labels, "red", "blue")
	inv.Labels = append(inv.Labels, ("green"))
	slices.Sort(inv.Labels)
	fmt.Println(inv.Labels)

	seen := map[Level]bool{}
	seen[3] = true
	seen[1+1] = !seen[2]
	fmt.Println(seen[3], seen[2], seen[9])
	delete(seen, 3)
	fmt.Println(len(seen))

	prices := map[Price]string{}
	prices[9.99] = "cheap"
	prices[2*50.0] = "dear"
	fmt.Println(prices[9.99], prices[100])

	var levels []Level
	levels = append(levels, 1, 2, 3)
	var ps []Price
	ps = append(ps, 0.5, 1.25)
	fmt.Println(levels, ps, slices.Index(levels, 2))
}

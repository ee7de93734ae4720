// difftest: same
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Inventory keeps item counts in the order items were added.
type Inventory struct {
	names  []string
	counts map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	if inv.counts == nil {
		inv.counts = map[string]int{}
	}
	if _, ok := inv.counts[name]; !ok {
		inv.names = append(inv.names, name)
	}
	inv.counts[name] += n
}

// All yields each item and its count, in the order they were added.
func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, name := range inv.names {
			if !yield(name, inv.counts[name]) {
				fmt.Println("(inventory walk stopped at", name+")")
				return
			}
		}
	}
}

func main() {
	var inv Inventory
	inv.Add("bolts", 40)
	inv.Add("nuts", 25)
	inv.Add("bolts", 2)
	inv.Add("washers", 0)

	next, stop := iter.Pull2(inv.All())
	name, n, ok := next()
	fmt.Println(name, n, ok)
	name, n, ok = next()
	fmt.Println(name, n, ok)
	stop()
	name, n, ok = next()
	fmt.Printf("%q %d %v\n", name, n, ok)

	// Pull2 over a map: the order is the map's, so sort what comes out.
	prices := map[string]float64{"tea": 2.5, "coffee": 3, "water": 1}
	nextPrice, stopPrice := iter.Pull2(maps.All(prices))
	defer stopPrice()
	var lines []string
	for {
		item, price, ok := nextPrice()
		if !ok {
			break
		}
		lines = append(lines, fmt.Sprintf("%-6s %5.2f", item, price))
	}
	slices.Sort(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(nextPrice())

	// Pull2 over the sorted keys, with their index.
	keys := slices.Sorted(maps.Keys(prices))
	nextKey, stopKey := iter.Pull2(slices.All(keys))
	for {
		i, k, ok := nextKey()
		if !ok || k == "water" {
			break
		}
		fmt.Println(i, k)
	}
	stopKey()
	fmt.Println(nextKey())
}

// difftest: same
package main

// Assertions to an interface the script declares of a map[string]any's
// values, a value type's and a pointer's.

import (
	"fmt"
	"sort"
)

type Priced interface{ Price() int }

type Item struct {
	Name string
	Cost int
}

func (i Item) Price() int { return i.Cost }

type Service struct{ Hours, Rate int }

func (s *Service) Price() int { return s.Hours * s.Rate }

func total(cart map[string]any) int {
	keys := make([]string, 0, len(cart))
	for k := range cart {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		if p, ok := cart[k].(Priced); ok {
			fmt.Println(k, p.Price())
			sum += p.Price()
		} else {
			fmt.Println(k, "has no price")
		}
	}
	return sum
}

func main() {
	cart := map[string]any{
		"apple":    Item{"apple", 3},
		"cleaning": &Service{2, 25},
		"note":     "thanks",
	}
	fmt.Println("total", total(cart))
}

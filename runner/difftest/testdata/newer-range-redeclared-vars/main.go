// difftest: same
package main

// A loop over an integer or an iterator whose body declares a variable of
// the loop's name again (i := i * 2), which Go allows: the body is a
// block of its own inside the loop's.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	for row := range 3 {
		row := row + 1
		fmt.Println(strings.Repeat("*", row))
	}
	prices := map[string]float64{"tea": 2.5, "cake": 4}
	for name, price := range maps.All(prices) {
		price := price * 1.2
		name := strings.ToUpper(name)
		if name == "TEA" {
			fmt.Printf("%s %.2f\n", name, price)
		}
	}
	var labels []func() string
	for i, w := range slices.All([]string{"x", "y"}) {
		var i = i + 100
		labels = append(labels, func() string { return fmt.Sprint(w, i) })
	}
	for _, l := range labels {
		fmt.Println(l())
	}
	for n := range 2 {
		type n2 int
		var n = n2(n * 7)
		fmt.Println(n)
	}
}

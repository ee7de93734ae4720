// Package dice is a helper package of a teacher's own, made available to
// scripts by the custom socklab binary in examples/plugin.
package dice

import (
	"fmt"
	"math/rand"
)

// Roll returns the sum of n six-sided dice.
func Roll(n int) int {
	if n < 1 {
		panic(fmt.Errorf("dice.Roll(%d): roll at least one die", n))
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += 1 + rand.Intn(6)
	}
	return sum
}

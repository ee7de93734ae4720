// difftest: same
package main

// Float division by zero gives +Inf, -Inf and NaN and the program goes on;
// integer division by a zero variable is a run-time panic: the deferred
// line prints and the program exits with status 2.

import (
	"fmt"
	"math"
)

func average(total, count int) int { return total / count }

func main() {
	defer fmt.Println("deferred in main runs")
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.IsNaN(zero/zero))
	nan := zero / zero
	fmt.Println(nan == nan, nan < 1, nan > 1)
	inf := 1 / zero
	fmt.Println(inf-inf, inf*0, int64(1)<<62, inf > math.MaxFloat64)
	fmt.Printf("%.2f %v %8.3f|\n", inf, -inf, nan)
	var scores []int
	total := 0
	for _, s := range scores {
		total += s
	}
	fmt.Println("remainder:", 7%3, -7%3, 7%-3)
	fmt.Println("average of", len(scores), "scores")
	fmt.Println(average(total, len(scores)))
	fmt.Println("not reached")
}

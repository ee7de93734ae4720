// difftest: same
package main

// Each ballot names a candidate by number and comes with a weight; the
// tally keeps the weight of the last ballot for each candidate. The
// fourth ballot names a candidate that does not exist, and there is no
// fourth weight: Go evaluates the right side first, so the program ends
// with exit status 2 and Go's report names the weights, "index out of
// range [3] with length 3", not the tally's [4] (runner/diag's corpus
// checks the text socklab prints, assign_both_sides_index.go).

import "fmt"

func main() {
	names := []string{"ann", "bob", "cy"}
	last := make([]int, len(names))
	ballots := []int{0, 2, 1, 4}
	weights := []int{1, 3, 2}
	for i, b := range ballots {
		last[b] = weights[i]
		fmt.Printf("ballot %d: %s weighs %d\n", i, names[b], last[b])
	}
	fmt.Println("tally:", last)
}

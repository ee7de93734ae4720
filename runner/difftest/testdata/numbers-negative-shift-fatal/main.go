// difftest: same

// A shift by a negative count that no recover stops ends the program
// with a panic, after what it printed, as Go's does.
package main

import "fmt"

func mask(width int) uint64 { return 1<<width - 1 }

func main() {
	widths := []int{8, 4, 0, -3, 16}
	for _, w := range widths {
		fmt.Printf("%d: %x\n", w, mask(w))
	}
}

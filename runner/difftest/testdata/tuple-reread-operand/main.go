// difftest: same
package main

import "fmt"

// fill copies words into slots from the given slot on, moving the
// cursor with each word: the cursor and the slot are set in one
// statement, the slot found with the cursor as it was.
func fill(slots, words []string, at int) int {
	for w := 0; w < 4; w++ {
		at, slots[at] = at+1, words[w]
	}
	return at
}

func main() {
	slots := make([]string, 6)
	fmt.Println(fill(slots, []string{"ping", "pong", "syn", "ack"}, 1), slots)
	fmt.Println(fill(slots, []string{"fin"}, 5))
}

// difftest: same
package main

// Effective Go, Maps: a timeZone map and offset with comma ok, a set of
// attended names as map[string]bool, deleting, and a map whose values are
// slices appended to; printed sorted and through fmt, which sorts keys.

import (
	"fmt"
	"log"
	"os"
	"sort"
)

var timeZone = map[string]int{
	"UTC": 0 * 60 * 60,
	"EST": -5 * 60 * 60,
	"CST": -6 * 60 * 60,
	"MST": -7 * 60 * 60,
	"PST": -8 * 60 * 60,
}

func offset(tz string) int {
	if seconds, ok := timeZone[tz]; ok {
		return seconds
	}
	log.Println("unknown time zone:", tz)
	return 0
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	fmt.Println(offset("EST"), offset("PST"), offset("XYZ"))
	_, present := timeZone["CST"]
	fmt.Println(present)
	delete(timeZone, "PDT")
	delete(timeZone, "MST")
	fmt.Println(timeZone, len(timeZone))

	attended := map[string]bool{"Ann": true, "Joe": true}
	for _, person := range []string{"Ann", "Bob", "Joe"} {
		if attended[person] {
			fmt.Println(person, "was at the meeting")
		}
	}

	byLetter := map[byte][]string{}
	for _, name := range []string{"alice", "bob", "anna", "carl", "bill"} {
		byLetter[name[0]] = append(byLetter[name[0]], name)
	}
	keys := make([]int, 0, len(byLetter))
	for k := range byLetter {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%c: %v\n", k, byLetter[byte(k)])
	}
	fmt.Println(byLetter)
}

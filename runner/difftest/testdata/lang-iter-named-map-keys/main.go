// difftest: same

// A map keyed by a type on string, grown with literal keys and append,
// walked by iterators of its sorted keys and of each key's maximum.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type City string
type Temp float64

type Readings map[City][]Temp

func (r Readings) Add(c City, ts ...Temp) { r[c] = append(r[c], ts...) }

func (r Readings) Cities() iter.Seq[City] {
	return func(yield func(City) bool) {
		for _, c := range slices.Sorted(maps.Keys(r)) {
			if !yield(c) {
				return
			}
		}
	}
}

func (r Readings) Max() iter.Seq2[City, Temp] {
	return func(yield func(City, Temp) bool) {
		for c := range r.Cities() {
			if !yield(c, slices.Max(r[c])) {
				return
			}
		}
	}
}

func main() {
	r := Readings{}
	r.Add("oslo", -3.5, 1)
	r.Add("rome", 18, 21.5)
	r["lima"] = append(r["lima"], 19)
	r.Add("oslo", 4)
	for c, t := range r.Max() {
		fmt.Printf("%-5s %5.1f\n", c, t)
	}
	delete(r, "lima")
	fmt.Println(slices.Collect(r.Cities()), len(r["oslo"]), r["none"] == nil)
	next, stop := iter.Pull2(r.Max())
	c, t, ok := next()
	stop()
	fmt.Println(c, t, ok)
}

// difftest: same
package main

// A ring of slots that a cursor walks: each call stores a sample one slot
// past the cursor and moves the cursor in the same statement, which
// finds the slot with the cursor as it was. Where the slot and the
// sample are both out of range, gc reads the sample first, so the error
// a caller recovers is the sample's.

import "fmt"

type ring struct {
	slots []int
	at    int
}

func (r *ring) put(samples []int, k int) {
	at := r.at
	at, r.slots[at+1] = at+1, samples[k]
	r.at = at
}

// try runs step and reports its panic, as a server loop would.
func try(name string, step func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "failed:", r)
		}
	}()
	step()
}

func main() {
	samples := []int{12, 30, 7}
	r := &ring{slots: make([]int, 4)}
	for k := range samples {
		try("put", func() { r.put(samples, k) })
		fmt.Println(r.at, r.slots)
	}
	try("put", func() { r.put(samples, 5) })
	try("put", func() { r.put(samples, 1) })
	fmt.Println(r.at, r.slots)
}

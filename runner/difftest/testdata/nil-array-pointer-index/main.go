// difftest: same
package main

import "fmt"

// ring keeps the last few samples of a link; its slots are allocated on
// the first sample, so a ring that never saw one has a nil array.
type ring struct {
	slots *[4]int
	next  int
}

func (r *ring) add(v int) {
	if r.slots == nil {
		r.slots = new([4]int)
	}
	slots := r.slots
	slots[r.next%len(slots)] = v
	r.next++
}

func first(slots *[4]int) (v int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("first: %v", e)
		}
	}()
	v = slots[0]
	return v, nil
}

func main() {
	var idle ring
	fmt.Println("capacity", len(idle.slots), cap(idle.slots), idle.slots == nil)
	fmt.Println(first(idle.slots))

	var busy ring
	for i := 1; i <= 6; i++ {
		busy.add(i * 10)
	}
	fmt.Println(first(busy.slots))
	fmt.Println(*busy.slots)

	var unused *[2]string
	fmt.Println("about to write", len(unused))
	unused[1] = "late"
}

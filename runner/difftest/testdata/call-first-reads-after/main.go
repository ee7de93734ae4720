// difftest: same
package main

import "fmt"

// A counter that a call moves on, read beside that call: gc makes the
// calls of a statement first and reads the other operands after them.

var (
	hits   = 1
	window = []int{1, 2, 3}
	seen   = map[string]int{"a": 1}
	flags  = []bool{true}
	bytes_ = []byte{1}
)

type point struct{ x, y int }

var points = []point{{1, 2}}

type meter struct{ n int }

func (m meter) read(extra int) int { return m.n*1000 + extra }

var meters = []meter{{1}}

func tick() int {
	hits++
	window = []int{7, 8, 9, 10}
	seen["a"] = 2
	flags = []bool{false}
	bytes_ = []byte{9}
	points = []point{{9, 9}}
	meters = []meter{{5}}
	return 0
}

func main() {
	fmt.Println("sum", hits*2+tick())
	fmt.Println("index", window[0], tick())
	fmt.Println("map", seen["a"], tick())
	fmt.Println("len first", len(window), tick())
	fmt.Println("slice first", window[1:2], tick())
	fmt.Println("compare first", window[0] == 7, tick())
	fmt.Println("bool read after", flags[0], tick())
	fmt.Println("byte read after", bytes_[0], tick())
	fmt.Println("byte sum first", bytes_[0]+1, tick())
	fmt.Println("struct read after", points[0], tick())
	fmt.Println("struct literal first", point{window[0], 1}, tick())
	fmt.Println("float after", float64(window[0])/2, tick())
	fmt.Println("negated after", -hits, tick())
	fmt.Println("receiver after", meters[0].read(tick()))
	line := []int{window[0], tick()}
	fmt.Println("literal after", line)
	var any_ any = window[0] == 7
	fmt.Println("assigned", any_)
	list := []any{window[0] == 7, tick()}
	fmt.Println("any literal", list)
	ch := make(chan int, 2)
	ch <- 5
	fmt.Println("receive first", hits+0, <-ch, func() int { hits = 50; return 0 }())
	ok := window[0] > 0 && tick() == 0
	fmt.Println("and", ok, window[0], tick())
}

// difftest: same
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func read() string { return "line" }
func count() int   { return 3 }

// next receives two values and returns them with a receive among them.
func next(ch chan int) (int, int) {
	first := <-ch
	return first, <-ch
}

func main() {
	var (
		n    int
		line string
		err  error
	)
	x := 100
	n, line = x, read()
	fmt.Println(n, line)
	line, n = read(), 5
	fmt.Println(n, line)
	n, err = count(), errors.New("short")
	fmt.Println(n, err)

	ch := make(chan int, 8)
	for i := 1; i <= 8; i++ {
		ch <- i
	}
	v, w := <-ch, 5
	fmt.Println(v, w)
	p, q := point{1, 2}, 6
	fmt.Println(p, q)
	var a, b = <-ch, 7
	fmt.Println(a, b)
	p, q = point{3, 4}, 8
	fmt.Println(p, q)
	fmt.Println(next(ch))
	swap := func(s, t int) (int, int) { return t, s }
	s, t := swap(1, 2)
	s, t = t, s
	fmt.Println(s, t)
}

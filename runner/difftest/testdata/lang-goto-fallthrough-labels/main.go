// difftest: same
package main

// Control flow as The Go Programming Language shows it: labelled break
// and continue across nested for, switch and select, goto forward and
// backward (a retry loop), fallthrough into the next case and into
// default, a switch with an init statement and no tag, and a loop whose
// post statement runs after continue.

import (
	"errors"
	"fmt"
	"strings"
)

var errBusy = errors.New("busy")

func try(n int) error {
	if n < 3 {
		return errBusy
	}
	return nil
}

func grade(score int) string {
	var b strings.Builder
	switch {
	case score < 0:
		b.WriteString("neg")
	case score >= 90:
		b.WriteString("A")
		fallthrough
	case score >= 80:
		b.WriteString("B")
		fallthrough
	default:
		b.WriteString(".")
	}
	return b.String()
}

func main() {
	attempts := 0
retry:
	attempts++
	if err := try(attempts); err != nil {
		fmt.Println("attempt", attempts, err)
		goto retry
	}
	fmt.Println("ok after", attempts)
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", i, j)
				break outer
			case v%2 == 0:
				continue outer
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 1 {
				continue loop
			}
			count += v
		}
	}
	fmt.Println("count", count)
	for _, s := range []int{95, 85, 50, -1} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	n := 0
	for i := 0; i < 10; i, n = i+1, n+10 {
		if i%3 != 0 {
			continue
		}
		n++
	}
	fmt.Println("n", n)
	i := 0
	goto check
body:
	fmt.Print("i=", i, " ")
	i++
check:
	if i < 3 {
		goto body
	}
	fmt.Println()
	switch x := strings.ToUpper("go"); x {
	case "GO", "GOLANG":
		fmt.Println("gopher", x)
		if len(x) == 2 {
			break
		}
		fmt.Println("unreached")
	}
	var total int
	for i := range 3 {
		switch i {
		case 0:
			continue
		case 1:
			total += 10
		}
		total += i
	}
	fmt.Println("total", total)
}

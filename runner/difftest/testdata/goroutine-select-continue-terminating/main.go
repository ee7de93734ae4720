// difftest: same
package main

import (
	"errors"
	"fmt"
)

func take(ch chan int) (int, error) {
	for {
		select {
		case v := <-ch:
			if v < 0 {
				continue
			}
			return v, nil
		default:
		}
		if len(ch) == 0 {
			return 0, errors.New("empty")
		} else {
			return -1, nil
		}
	}
}

func mustTake(ch chan int) int {
	for {
		select {
		case v := <-ch:
			if v < 0 {
				continue
			}
			return v
		default:
		}
		panic("nothing to take")
	}
}

func sw(ch chan int) string {
	for {
		select {
		case v := <-ch:
			if v < 0 {
				continue
			}
			return fmt.Sprint(v)
		default:
		}
		switch len(ch) {
		case 0:
			return "none"
		default:
			return "some"
		}
	}
}

func main() {
	ch := make(chan int, 5)
	ch <- -1
	ch <- 4
	fmt.Println(take(ch))
	fmt.Println(take(ch))
	ch <- -2
	ch <- 7
	fmt.Println(mustTake(ch))
	ch <- -3
	fmt.Println(sw(ch))
}

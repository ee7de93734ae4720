// difftest: same
package main

import "fmt"

// drain breaks out of the select only; the loop goes on.
func drain(ch chan int) int {
	n := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return n
			}
			if v%2 == 0 {
				break
			}
			n += v
		}
		n += 100
	}
}

// once has no loop around its select.
func once(ch chan int) {
	select {
	case <-ch:
		if true {
			break
		}
		fmt.Println("not reached")
	}
	fmt.Println("after the select")
}

func main() {
	ch := make(chan int, 6)
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(drain(ch))
	once(ch)
	for i := 0; i < 3; i++ {
		switch {
		default:
			select {
			default:
				if i == 1 {
					break
				}
				fmt.Println("select", i)
			}
			fmt.Println("switch", i)
		}
	}
	k := 0
loop:
	for {
		k++
		select {
		case <-ch:
			if k < 3 {
				continue loop
			}
			if k == 3 {
				break loop
			}
		}
	}
	fmt.Println("left the loop after", k)
	for i := 0; i < 3; i++ {
		select {
		case <-ch:
			continue
		}
		fmt.Println("not reached", i)
	}
	for i := 0; ; i++ {
		select {
		case <-ch:
			if i < 2 {
				continue
			}
			goto out
		}
	}
out:
	fmt.Println("out")
}

package rewrite_test

func init() {
	programs = append(programs,
		program{"selectbranch_plain_break", `package main

import "fmt"

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

func noLoop(ch chan int) {
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
	for i := range 6 {
		ch <- i
	}
	close(ch)
	fmt.Println(drain(ch))
	noLoop(ch)
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
}
`},
		program{"selectbranch_labelled", `package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	k := 0
loop:
	for {
		k++
		select {
		case <-ch:
			if k < 3 {
				continue loop
			}
			break loop
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
sel:
	select {
	case <-ch:
		for i := 0; ; i++ {
			if i == 2 {
				break sel
			}
		}
	}
	fmt.Println("done")
}
`},
	)
}

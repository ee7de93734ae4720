// difftest: same
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	s := make([]int, 2)
	i := 5
	defer func() { fmt.Println("left in the channel:", len(ch)) }()
	var ok bool
	s[0], ok = <-ch
	fmt.Println(s, ok)
	s[i] = <-ch
}

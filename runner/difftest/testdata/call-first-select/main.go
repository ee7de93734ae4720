// difftest: same
package main

import "fmt"

// A dispatcher sends a job's number beside a call that renumbers the
// queue, in a select's case: Go copies each of the select's operands in
// turn on entering it, an operand's calls first.

var queue = []int{1, 2}

func renumber() int {
	queue = []int{10, 20}
	return 5
}

func main() {
	out := make(chan int, 1)
	lanes := []chan int{out}
	select {
	case out <- queue[0] + renumber():
	default:
		fmt.Println("full")
	}
	fmt.Println("sent:", <-out)

	queue = []int{1, 2}
	select {
	case lanes[0] <- renumber():
	default:
		fmt.Println("full")
	}
	fmt.Println("sent:", <-out, queue[0])

	queue = []int{1, 2}
	out <- 7
	select {
	case v := <-lanes[len(queue)-2]:
		fmt.Println("got:", v, queue[0])
	}
}

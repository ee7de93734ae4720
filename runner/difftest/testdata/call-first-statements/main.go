// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Every kind of statement that evaluates operands beside calls: each
// reads the queue after the call that refills it, as gc does.

var queue = []string{"old"}

func refill() int {
	queue = []string{"new", "newer"}
	return 1
}

func reset() { queue = []string{"old"} }

func first() (string, int) {
	reset()
	return queue[0], refill()
}

func main() {
	reset()
	word := queue[0] + strings.Repeat("!", refill())
	fmt.Println("define:", word)

	reset()
	var count = len(queue[0]) + refill()
	fmt.Println("var:", count)

	reset()
	word = queue[0] + fmt.Sprint(refill())
	fmt.Println("assign:", word)

	reset()
	word += queue[0] + fmt.Sprint(refill())
	fmt.Println("add:", word)

	fmt.Println(first())

	reset()
	out := make(chan string, 1)
	out <- queue[0] + fmt.Sprint(refill())
	fmt.Println("send:", <-out)

	reset()
	if queue[0] == "old" && refill() > 0 {
		fmt.Println("if: old")
	}
	reset()
	if strings.HasPrefix(queue[0], "n") == (refill() > 0) {
		fmt.Println("if: new")
	} else if queue[0] == "old" {
		fmt.Println("if: else")
	}
	reset()
	if queue[0] == "x" {
		fmt.Println("never")
	} else if queue[0] != fmt.Sprint(refill()) {
		fmt.Println("else if:", queue[0])
	}

	reset()
	switch queue[0] + fmt.Sprint(refill()) {
	case "new1":
		fmt.Println("switch: new1")
	default:
		fmt.Println("switch: other")
	}

	reset()
	for i, w := range []string{queue[0], fmt.Sprint(refill())} {
		fmt.Println("range:", i, w)
	}

	reset()
	fmt.Printf("%s %d\n",
		queue[0], refill())
	reset()
	fmt.Println(queue[0], strings.Join([]string{
		"multi", "line", fmt.Sprint(refill()),
	}, "-"))
}

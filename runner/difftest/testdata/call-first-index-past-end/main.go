// difftest: same
package main

import "fmt"

// A scoreboard prints each player's name beside a score it works out,
// and runs one round too many: Go works the score out before it finds
// that the name is past the end.

var scored int

func score(i int) int {
	scored++
	fmt.Println("scoring player", i)
	return i * 10
}

func board(names []string, rounds int) {
	defer func() {
		fmt.Println("recovered:", recover(), "scored:", scored)
	}()
	for i := 0; i < rounds; i++ {
		fmt.Println(names[i], score(i))
	}
}

func total(marks []int, i int) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("total recovered:", r)
		}
	}()
	sum = marks[i] + score(i)
	return sum
}

func pair(marks []int, i int) (int, int) {
	defer func() { fmt.Println("pair recovered:", recover() != nil) }()
	return marks[i], score(i)
}

func main() {
	board([]string{"ann", "bob"}, 3)
	fmt.Println(total([]int{5}, 4))
	fmt.Println(pair([]int{5}, 2))
	func() {
		defer func() { fmt.Println("divide recovered:", recover()) }()
		zero := 0
		a, b := 1/zero, score(7)
		fmt.Println(a, b)
	}()
}

// difftest: same
package main

// Learn Go with Tests, Integers and Iteration: Add with its example,
// Repeat with a for loop and with a strings.Builder, compared with
// strings.Repeat, and a testing.Benchmark-free timing of neither.

import (
	"fmt"
	"strings"
)

func Add(x, y int) int {
	return x + y
}

const repeatCount = 5

func Repeat(character string) string {
	var repeated string
	for i := 0; i < repeatCount; i++ {
		repeated += character
	}
	return repeated
}

func RepeatN(character string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(character)
	}
	return b.String()
}

func main() {
	sum := Add(1, 5)
	fmt.Println(sum)
	fmt.Println(Add(2, 2) == 4)
	repeated := Repeat("a")
	expected := "aaaaa"
	if repeated != expected {
		fmt.Printf("expected %q but got %q\n", expected, repeated)
	} else {
		fmt.Println("ok", repeated)
	}
	for _, n := range []int{0, 1, 3, 10} {
		fmt.Printf("%d %q %v\n", n, RepeatN("ab", n), RepeatN("ab", n) == strings.Repeat("ab", n))
	}
	i := 0
	for i < 3 {
		i++
	}
	for {
		if i >= 6 {
			break
		}
		i += 2
	}
	fmt.Println(i)
}

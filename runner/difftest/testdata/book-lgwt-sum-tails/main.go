// difftest: same
package main

// Learn Go with Tests, Arrays and Slices: Sum over an array and a slice,
// SumAll and SumAllTails with variadic slices, checked with
// reflect.DeepEqual and slices.Equal as the chapter's tests do.

import (
	"fmt"
	"reflect"
	"slices"
)

func Sum(numbers []int) int {
	sum := 0
	for _, number := range numbers {
		sum += number
	}
	return sum
}

func SumArray(numbers [5]int) (sum int) {
	for i := 0; i < 5; i++ {
		sum += numbers[i]
	}
	return
}

func SumAll(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		sums = append(sums, Sum(numbers))
	}
	return sums
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
		} else {
			tail := numbers[1:]
			sums = append(sums, Sum(tail))
		}
	}
	return sums
}

func main() {
	fmt.Println(SumArray([5]int{1, 2, 3, 4, 5}), Sum([]int{1, 2, 3}))
	got := SumAll([]int{1, 2}, []int{0, 9})
	want := []int{3, 9}
	fmt.Println(got, reflect.DeepEqual(got, want), slices.Equal(got, want))

	checkSums := func(got, want []int) {
		if !reflect.DeepEqual(got, want) {
			fmt.Printf("got %v want %v\n", got, want)
			return
		}
		fmt.Println("ok", got)
	}
	checkSums(SumAllTails([]int{1, 2}, []int{0, 9}), []int{2, 9})
	checkSums(SumAllTails([]int{}, []int{3, 4, 5}), []int{0, 9})
	checkSums(SumAllTails(), nil)
	checkSums(SumAll(), []int{})
	fmt.Println(reflect.DeepEqual([]int(nil), []int{}), SumAll() == nil)
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	fmt.Println(reflect.DeepEqual("bob", 10))
}

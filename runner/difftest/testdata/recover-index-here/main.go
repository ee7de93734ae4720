// difftest: same
package main

import "fmt"

func at(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("at %d: %v", i, r)
		}
	}()
	return s[i], nil
}

func main() {
	fmt.Println(at([]int{1, 2}, 1))
	fmt.Println(at([]int{1, 2}, 5))
}

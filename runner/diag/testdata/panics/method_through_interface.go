// want 10:49 panic: index out of range \[1\] with length 1
package main

import "fmt"

type shape interface{ area() int }

type square struct{ side []int }

func (s square) area() int { return s.side[0] * s.side[1] }

func main() {
	var shapes []shape
	shapes = append(shapes, square{side: []int{2, 3}}, square{side: []int{4}})
	for _, s := range shapes {
		fmt.Println(s.area())
	}
}

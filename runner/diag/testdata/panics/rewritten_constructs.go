// want 30:10 panic: index out of range \[2\] with length 1
package main

import (
	"errors"
	"fmt"
)

type Box struct{ items []int }

func (b Box) At(i int) int { return b.items[i] }

func get(s []int, i int) (v int, err error) {
	if i < 0 {
		err = errors.New("negative")
		return
	}
	v = s[i]
	return
}

func kind(v any, i int) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	default:
		s := []string{"a"}
		return s[i]
	}
}

func main() {
	b := Box{[]int{1, 2}}
	at := b.At
	b = Box{}
	fmt.Println(at(1))
	fmt.Println(get([]int{1}, 0))
	fmt.Println(kind(errors.New("e"), 0), kind(3, 0))
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(kind(4, 2))
}

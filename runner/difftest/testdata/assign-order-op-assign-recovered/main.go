// difftest: same
package main

// Adding one histogram into another, bucket by bucket, where a bucket
// index may be out of range on both sides: an assignment with an
// operator reads its left side first, so Go's recover sees the left
// side's index and length (and, through a nil pointer, the nil
// dereference), unlike a plain assignment, which evaluates the right
// side first.

import "fmt"

func add(dst, src []int, i, j int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("add %d<-%d: %v", i, j, r)
		}
	}()
	dst[i] += src[j]
	return nil
}

func set(dst, src []int, i, j int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("set %d<-%d: %v", i, j, r)
		}
	}()
	dst[i] = src[j]
	return nil
}

func addTo(total *int, src []int, j int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("addTo %d: %v", j, r)
		}
	}()
	*total += src[j]
	*total <<= src[j]
	return nil
}

func main() {
	dst := make([]int, 3)
	src := []int{5, 6}
	fmt.Println(add(dst, src, 0, 1), dst)
	fmt.Println(add(dst, src, 4, 9))
	fmt.Println(set(dst, src, 4, 9))
	fmt.Println(add(dst, src, 1, 9))
	var total *int
	fmt.Println(addTo(total, src, 9))
	n := 1
	fmt.Println(addTo(&n, src, 0), n)
	fmt.Println(addTo(&n, src, 9), n)
}

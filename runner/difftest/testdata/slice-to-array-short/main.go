// difftest: same
package main

import "fmt"

func header(b []byte) (h [4]byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("header: %v", r)
		}
	}()
	h = [4]byte(b)
	return h, nil
}

func view(b []byte) (p *[4]byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("view: %v", r)
		}
	}()
	return (*[4]byte)(b), nil
}

func main() {
	fmt.Println(header([]byte{1, 2, 3, 4, 5}))
	fmt.Println(header([]byte{1, 2}))
	p, err := view([]byte{9, 8, 7, 6})
	fmt.Println(*p, err)
	fmt.Println(view([]byte{1}))
	defer func() {
		r := recover()
		_, ok := r.(error)
		fmt.Println("recovered error:", ok, r)
	}()
	s := []int{1, 2, 3}
	a := [5]int(s)
	fmt.Println(a)
}

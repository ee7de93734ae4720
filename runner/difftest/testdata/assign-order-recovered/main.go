// difftest: same
package main

import "fmt"

type store struct{ cells []int }

func (s *store) put(i int, row []int, j int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("put %d: %v", i, r)
		}
	}()
	s.cells[i] = row[j]
	return nil
}

func (s *store) load(i int, next func() int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("load %d: %v", i, r)
		}
	}()
	s.cells[i] = next()
	return nil
}

func main() {
	s := &store{cells: make([]int, 2)}
	fmt.Println(s.put(1, []int{4}, 0), s.cells)
	fmt.Println(s.put(5, []int{4}, 3))
	fmt.Println(s.put(5, []int{4}, 0))
	fmt.Println(s.load(5, func() int { fmt.Println("next runs"); return 1 }))
}

// difftest: same
package main

import "fmt"

type Store struct {
	items map[string]int
	log   []string
}

func (s *Store) flush() {
	s.log = append(s.log, "flush")
	if s.items == nil {
		panic("flush of a closed store")
	}
}

func (s *Store) Save(key string, v int) (saved bool) {
	defer func() { s.log = append(s.log, "unlock") }()
	defer s.flush()
	if s.items != nil {
		s.items[key] = v
	}
	return true
}

func try(s *Store, key string) {
	defer func() {
		fmt.Println("recovered:", recover(), s.log)
	}()
	fmt.Println("saved:", s.Save(key, 1))
}

func main() {
	try(&Store{items: map[string]int{}}, "a")
	try(&Store{}, "b")
}

// difftest: same
package main

import "fmt"

type rect struct {
	width, height int
}

func (r *rect) area() int { return r.width * r.height }
func (r rect) perim() int { return 2*r.width + 2*r.height }

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area:", r.area(), "perim:", r.perim())
	rp := &r
	fmt.Println("area:", rp.area(), "perim:", rp.perim())
	fmt.Println(person{"Bob", 20}, person{name: "Alice"}, &person{name: "Ann", age: 40}, newPerson("Jon"))
	s := person{name: "Sean", age: 50}
	sp := &s
	sp.age = 51
	fmt.Println(s.age)
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
}

// difftest: same
package main

// Go by Example, Structs and Pointers: newPerson returns a pointer to a
// local variable, zeroval and zeroptr, an anonymous struct for a dog,
// struct fields changed through pointers, and pointer equality.

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))

	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)

	dog := struct {
		name   string
		isGood bool
	}{
		"Rex",
		true,
	}
	fmt.Println(dog)
	fmt.Printf("%v %+v\n", dog, dog)

	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	fmt.Println(&i != nil)

	a, b := newPerson("x"), newPerson("x")
	fmt.Println(a == b, *a == *b)
	people := []*person{a, b, sp}
	for _, p := range people {
		p.age++
	}
	fmt.Println(*a, *b, s)
	fmt.Printf("%+v %v\n", *people[2], people[0])
}

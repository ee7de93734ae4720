// difftest: same

// A generic function and type constrained by an interface of methods,
// instantiated with a value type, a pointer type and the interface itself.
package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }

func Chorus[A Animal](as []A) string {
	var parts []string
	for _, a := range as {
		parts = append(parts, a.Name()+":"+a.Sound())
	}
	return strings.Join(parts, " ")
}

func Loudest[A Animal](as ...A) (best A) {
	for _, a := range as {
		if len(a.Sound()) >= len(best.Sound()) {
			best = a
		}
	}
	return
}

type Zoo[A Animal] struct {
	animals []A
}

func (z *Zoo[A]) Add(a A) *Zoo[A] {
	z.animals = append(z.animals, a)
	return z
}

func (z *Zoo[A]) Names() []string {
	var out []string
	for _, a := range z.animals {
		out = append(out, a.Name())
	}
	return out
}

func main() {
	dogs := []Dog{{"rex"}, {"fido"}}
	fmt.Println(Chorus(dogs))
	cats := []*Cat{{"tom"}, {"kit"}}
	fmt.Println(Chorus(cats))
	mixed := []Animal{Dog{"a"}, &Cat{"b"}}
	fmt.Println(Chorus(mixed))
	fmt.Println(Loudest(Dog{"x"}, Dog{"y"}).Name())
	z := &Zoo[Animal]{}
	z.Add(Dog{"d1"}).Add(&Cat{"c1"})
	fmt.Println(z.Names(), len(z.animals))
	zc := (&Zoo[*Cat]{}).Add(&Cat{"only"})
	fmt.Println(zc.Names())
	fmt.Printf("%v %+v\n", dogs, dogs[0])
}

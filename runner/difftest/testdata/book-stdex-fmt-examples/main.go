// difftest: same
package main

// The fmt package's examples: Errorf, Sscanf and Sscan, Sprintf with
// widths and precisions, Printf's verbs over several types, the
// GoStringer example of a Person with an Address, and Formatter-free
// Stringer; Fscan from a reader.

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Address struct {
	City    string
	State   string
	Country string
}

type Person struct {
	Name    string
	Age     uint
	Address *Address
}

func (p Person) GoString() string {
	if p.Address != nil {
		return fmt.Sprintf("Person{Name: %q, Age: %d, Address: &Address{City: %q, State: %q, Country: %q}}", p.Name, int(p.Age), p.Address.City, p.Address.State, p.Address.Country)
	}
	return fmt.Sprintf("Person{Name: %q, Age: %d}", p.Name, int(p.Age))
}

type Animal struct {
	Name string
	Age  uint
}

func (a Animal) String() string {
	return fmt.Sprintf("%v (%d)", a.Name, a.Age)
}

func main() {
	const name, id = "bueller", 17
	err := fmt.Errorf("user %q (id %d) not found", name, id)
	fmt.Println(err.Error())

	var n string
	var age int
	c, err := fmt.Sscanf("Kim is 22 years old", "%s is %d years old", &n, &age)
	fmt.Println(c, err, n, age)
	var nn string
	var i int
	var f float64
	c, err = fmt.Sscan("name 12 3.5", &nn, &i, &f)
	fmt.Println(c, err, nn, i, f)
	var x, y int
	c, err = fmt.Fscan(strings.NewReader("4 oops"), &x, &y)
	fmt.Println(c, err, x, y)

	integer := 23
	fmt.Println(integer, &integer == nil)
	fmt.Printf("%v %d %x %o %b %c %U\n", integer, integer, integer, integer, integer, integer, integer)
	fmt.Printf("|%6d|%-6d|%06d|%+d|\n", integer, integer, integer, integer)
	pi := math.Pi
	fmt.Printf("%v %g %.2f (%6.2f) %e %E\n", pi, pi, pi, pi, pi, pi)
	fmt.Printf("%v %.3g %x\n", complex(1, 2), 2.0/3, 1.0)
	fmt.Printf("%t %v %q %v %q\n", true, 'x', 'x', "text", "text")
	fmt.Printf("|%8s|%-8s|%.2s|%x|% x|\n", "hi", "hi", "hello", "hi", "hi")
	fmt.Printf("%v %v %v %v\n", []int{1, 2}, [2]bool{true}, map[string]int{"b": 2, "a": 1}, struct{ A, B int }{1, 2})
	fmt.Printf("%v %d %s\n", time.Duration(1500)*time.Millisecond, time.Second, time.Minute+3*time.Second)
	fmt.Printf("%v %.1f %v\n", math.Inf(1), math.NaN(), -0.0)
	fmt.Printf("%d %!\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)

	p1 := Person{Name: "Warren", Age: 31, Address: &Address{City: "Denver", State: "CO", Country: "U.S.A."}}
	fmt.Printf("%#v\n", p1)
	p2 := Person{Name: "Theia", Age: 4}
	fmt.Printf("%#v\n", p2)
	a := Animal{Name: "Gopher", Age: 2}
	fmt.Println(a)
	fmt.Printf("%v %s %+v\n", a, a, []Animal{a})
	s := fmt.Sprintln("a", 1, "b")
	fmt.Print(s, fmt.Sprint("a", 1, 2, "b"), "\n")
}

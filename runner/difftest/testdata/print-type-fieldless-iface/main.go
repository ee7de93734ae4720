// difftest: same

package main

import "fmt"

type Service interface {
	Name() string
}

type echo struct{}

func (echo) Name() string { return "echo" }

type counter struct{ n int }

func (c *counter) Name() string { return "count" }

func main() {
	var s Service = echo{}
	fmt.Printf("%T\n", s)
	s = &counter{}
	fmt.Printf("%T\n", s)
}

type Stringers []fmt.Stringer

type named struct{ id string }

func (n named) String() string { return fmt.Sprint("named ", n.id) }

func (echo) String() string { return "echo as Stringer" }

func init() {
	for _, s := range (Stringers{echo{}, named{"a"}, &named{"b"}, &echo{}}) {
		fmt.Printf("%T %v %s\n", s, s, s)
	}
}

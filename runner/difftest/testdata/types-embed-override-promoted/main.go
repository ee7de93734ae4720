// difftest: same
package main

import "fmt"

type Greeter interface {
	Greet() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Greet() string { return "Hello, " + b.Name() }

type Loud struct{ Base }

func (l Loud) Name() string { return "LOUD " + l.Base.Name() }

type Polite struct {
	*Base
	title string
}

func (p Polite) Greet() string { return "Good day, " + p.title + " " + p.Name() }

func main() {
	gs := []Greeter{Base{"ann"}, Loud{Base{"bob"}}, Polite{&Base{"cy"}, "Dr."}}
	for _, g := range gs {
		fmt.Printf("%T: %s / %s\n", g, g.Greet(), g.Name())
	}
	l := Loud{Base{"dee"}}
	fmt.Println(l.Greet(), l.Name(), l.Base.Greet())
}

// difftest: same
package main

// Panics with values of the script's types (a struct, a named int, a
// Stringer, a pointer to an error type, a struct that holds a Stringer),
// recovered by one function: printed with verbs that fit and verbs that
// do not (Go names the type: %!s(main.level=2)), compared, asserted to
// their types and switched on, sent on a channel of any and asserted on
// the other side.

import "fmt"

type point struct{ X, Y int }

type level int

type name string

func (n name) String() string { return "name(" + string(n) + ")" }

type failure struct {
	code int
	why  string
}

func (f *failure) Error() string { return fmt.Sprintf("%d: %s", f.code, f.why) }

type tagged struct {
	Tag  name
	Body point
}

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	thrown := []func(){
		func() { panic(point{1, 2}) },
		func() { panic(level(2)) },
		func() { panic(name("ann")) },
		func() { panic(&failure{404, "not found"}) },
		func() { panic(tagged{"t", point{3, 4}}) },
	}
	ch := make(chan any, 1)
	for i, f := range thrown {
		p := catch(f)
		fmt.Printf("%d: %v|%+v|%T|%#v\n", i, p, p, p, p)
		fmt.Printf("%d: %s|%d|%q\n", i, p, p, p)
		fmt.Println(p == point{1, 2}, p == level(2), p == name("ann"))
		switch x := p.(type) {
		case point:
			fmt.Println("point", x.X+x.Y)
		case level:
			fmt.Println("level", int(x)*10)
		case name:
			fmt.Println("name", x.String(), len(x))
		case *failure:
			fmt.Println("failure", x.code, x)
		case tagged:
			fmt.Println("tagged", x.Tag, x.Body)
		}
		if pt, ok := p.(point); ok {
			fmt.Println("a point at", pt.X, pt.Y)
		}
		if f, ok := p.(*failure); ok {
			fmt.Println("why:", f.why)
		}
		ch <- p
		got := <-ch
		if l, ok := got.(level); ok {
			fmt.Println("level through the channel", l)
		}
		fmt.Println("through the channel:", got)
	}
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Animal struct{ Name string }

func (a *Animal) String() string { return "animal " + a.Name }

type Dog struct {
	*Animal
	Age int
}

type Cat struct {
	Animal
	Lives int
}

type Event struct {
	time.Time
	Name string
}

type Labeled struct {
	fmt.Stringer
	N int
}

type name string

func (n name) String() string { return "name:" + string(n) }

type Failure struct {
	error
	Code int
}

type Guarded struct {
	sync.Mutex
	N int
}

func main() {
	d := Dog{&Animal{"rex"}, 3}
	fmt.Println(d)
	fmt.Printf("%v %+v %s\n", d, d, d)
	c := Cat{Animal{"tom"}, 9}
	fmt.Println(c)
	fmt.Println(&c)
	e := Event{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	fmt.Println(e)
	fmt.Println(e.Name, e.Year())
	l := Labeled{name("x"), 1}
	fmt.Println(l)
	f := Failure{errors.New("disk full"), 28}
	fmt.Println(f)
	fmt.Printf("%v %+v\n", f, f.Code)
	var err error = f
	fmt.Println(err)
	g := &Guarded{N: 2}
	g.Lock()
	g.N++
	g.Unlock()
	fmt.Println(g.N)
}

// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Function literals held in variables, deferred as values: with arguments
// that Go evaluates at the defer statement, from a factory, in a loop, with
// variadic arguments, among other deferred calls that panic; and, last, a
// panic that the deferred value does not recover, which ends the program
// with Go's exit status.

func catcher(name string) func() {
	return func() {
		if r := recover(); r != nil {
			fmt.Printf("%s caught %v\n", name, r)
		}
	}
}

func withArgs(id int) (status string) {
	status = "ok"
	report := func(who string, n int, tags ...string) {
		if r := recover(); r != nil {
			status = fmt.Sprintf("%s %d [%s] recovered: %v", who, n, strings.Join(tags, ","), r)
		}
	}
	n := id
	defer report("conn", n, "a", "b")
	n = -1
	if id%2 == 0 {
		panic(fmt.Sprint("even id ", id))
	}
	return status
}

func fromFactory() {
	defer catcher("factory")()
	var p *struct{ x int }
	fmt.Println(p.x)
}

func inLoop() {
	for i := 0; i < 3; i++ {
		note := func() {
			fmt.Println("note", i, "sees", recover())
		}
		defer note()
	}
	panic("loop")
}

// newest recovers the panic of a deferred call, the newest in flight; the
// function then returns.
func newest() {
	catch := func() { fmt.Println("newest:", recover()) }
	defer catch()
	defer func() { panic("second") }()
	defer fmt.Println("printed first")
	panic("first")
}

func notRecovered() {
	log := func() { fmt.Println("log: deferred value ran") }
	defer log()
	words := strings.Fields("one two")
	fmt.Println(words[len(words)+1])
}

func main() {
	fmt.Println(withArgs(1))
	fmt.Println(withArgs(2))
	fromFactory()
	inLoop()
	newest()
	fmt.Println("before the last panic")
	notRecovered()
	fmt.Println("never printed")
}

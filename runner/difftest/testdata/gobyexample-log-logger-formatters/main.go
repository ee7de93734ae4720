// difftest: same
// A log.Logger writing to standard output, printing values with a Format
// method and a String method on a pointer receiver, directly and held in
// an any.
package main

import (
	"fmt"
	"log"
	"os"
)

type Vec struct{ X, Y int }

func (v Vec) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "<%d %d>", v.X, v.Y) }

type Node struct{ Name string }

func (n *Node) String() string { return "node:" + n.Name }

func main() {
	l := log.New(os.Stdout, "", 0)
	l.Println(Vec{1, 2}, &Node{"a"})
	l.Printf("%v %s %+v", Vec{3, 4}, &Node{"b"}, Vec{5, 6})
	var x any = Vec{7, 8}
	l.Print(x)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(x, Vec{9, 9})
}

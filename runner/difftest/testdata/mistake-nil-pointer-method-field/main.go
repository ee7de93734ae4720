// difftest: same
package main

// A method with a pointer receiver called on a nil pointer works while it
// does not touch a field (a nil-safe Len, a Describe that checks), and the
// one that reads a field panics: a nil pointer dereference, exit status 2,
// after the deferred calls ran.

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) Describe() string {
	if n == nil {
		return "<empty>"
	}
	return fmt.Sprint("node ", n.Val)
}

func (n *Node) Kind() string { return "node" }

func (n *Node) Value() int { return n.Val }

func main() {
	defer fmt.Println("main deferred")
	var list *Node
	fmt.Println(list.Len(), list.Describe(), list.Kind())
	list = &Node{1, &Node{2, nil}}
	fmt.Println(list.Len(), list.Describe(), list.Next.Describe())
	last := list.Next.Next
	fmt.Println(last.Len(), last.Describe(), last == nil)
	f := last.Kind
	fmt.Println(f())
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println(last.Value())
	}()
	fmt.Println("not reached")
}

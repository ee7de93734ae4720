// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val      T
	Children []*Node[T]
}

func (n *Node[T]) String() string {
	if len(n.Children) == 0 {
		return fmt.Sprint(n.Val)
	}
	return fmt.Sprintf("%v%v", n.Val, n.Children)
}

type List[T any] struct {
	head T
	tail *List[T]
}

func (l *List[T]) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%v:%v", l.head, l.tail)
}

type Op string

func (o Op) String() string { return strings.ToUpper(string(o)) }

func main() {
	tree := &Node[int]{1, []*Node[int]{{2, nil}, {3, []*Node[int]{{4, nil}}}}}
	fmt.Println(tree)
	ops := &Node[Op]{"add", []*Node[Op]{{"x", nil}, {"y", nil}}}
	fmt.Println(ops)
	l := &List[string]{"a", &List[string]{"b", nil}}
	fmt.Println(l)
	fmt.Printf("%v|%s\n", l, l)
	lo := &List[Op]{"p", &List[Op]{"q", nil}}
	fmt.Println(lo)
	var x any = lo
	fmt.Println(x)
}

// difftest: same
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{1, &node{2, nil}}
	for p := n; p != nil; p = p.next {
		fmt.Println(p.val)
	}
	fmt.Println(n.next.next.val)
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

// Node is a linked list whose String method handles the nil pointer that
// ends it: Go calls it on a nil *Node too.
type Node struct {
	val  int
	next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %v", n.val, n.next)
}

// Temp has a value receiver: fmt prints <nil> for a nil *Temp.
type Temp struct{ deg int }

func (t Temp) String() string { return fmt.Sprint(t.deg, "°") }

type Plain struct{ a int }

type NotFound struct{ key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found (no key)"
	}
	return "not found: " + e.key
}

func find(key string) *NotFound {
	if key == "" {
		return nil
	}
	return &NotFound{key}
}

func main() {
	var list *Node
	fmt.Println(list)
	fmt.Printf("%v|%+v|%s|%d|%T|%#v|%q\n", list, list, list, list, list, list, list)
	list = &Node{1, &Node{2, nil}}
	fmt.Println(list, list.next.next)

	var t *Temp
	fmt.Println(t)
	fmt.Printf("%v|%+v|%s|%d|%T|%#v\n", t, t, t, t, t, t)

	var p *Plain
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s|%d|%T|%#v\n", p, p, p, p, p, p)

	var e *NotFound
	fmt.Println(e, find("k"), find(""))
	fmt.Printf("%v|%s|%T\n", e, e, e)
	s := fmt.Sprint(list.next.next, t, p, e)
	fmt.Println(s)
	fmt.Println([]*Node{nil, list.next}, struct{ N *Node }{})

	var err error = errors.New("plain")
	fmt.Println(err)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(list.next.next, e)
	lg := log.New(os.Stdout, "lg: ", 0)
	lg.Printf("%v %s", list.next.next, e)
}

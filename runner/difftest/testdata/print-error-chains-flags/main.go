// difftest: same
// Errors that wrap the script's error types, printed with %v, %+v, %#v, %T
// and %q; pointers to the script's structs through fmt.Sprint; widths and
// flags on script types; a struct declared inside a function that holds
// Stringers.
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct {
	Key string
	n   int
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct {
	Name string
	Next *Node
	T    Temp
}

type Label struct{ Text string }

func (l Label) String() string { return "<" + l.Text + ">" }

func find(k string) error {
	if k == "" {
		return Code(400)
	}
	return fmt.Errorf("find %q: %w", k, &NotFound{Key: k, n: 1})
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Printf("%v|%T|%q\n", err, errors.Unwrap(err), err)
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Printf("%+v %T %s\n", *nf, nf, nf.Key)
	}
	e2 := find("")
	fmt.Printf("%v %T %d %+v %#v\n", e2, e2, e2, e2, e2)
	joined := fmt.Errorf("both: %w and %w", err, e2)
	fmt.Println(joined)
	fmt.Fprintln(os.Stdout, errors.Is(joined, Code(400)), errors.Is(joined, Code(401)))

	n := &Node{Name: "a", Next: &Node{Name: "b", T: 21.5}, T: -3}
	fmt.Println(fmt.Sprint(n.Next), fmt.Sprint(*n.Next), fmt.Sprintf("%+v", *n.Next))
	fmt.Printf("%T %T %T\n", n, *n, n.T)
	fmt.Printf("[%8v][%-8v][%08.2f][%x][%5.1s]\n", n.T, Temp(3), float64(n.T), Code(255), Label{"hello"})
	fmt.Printf("[%10s][%-10s][%q][%v]\n", Label{"a"}, Label{"b"}, Label{"c"}, []Label{{"d"}, {"e"}})
	fmt.Printf("%v %+v\n", map[string]Label{"k": {"v"}}, map[Label]Temp{{"x"}: 1})

	type pair struct {
		A, B Temp
	}
	p := pair{1, 2}
	fmt.Printf("%v %+v %T\n", p, p, p)
}
